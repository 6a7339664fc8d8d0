package cn.tianjin.quality.platform.audit;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The audit log as the administrator filters it (/admin/audit), newest first, read a thousand entries at a time. */
@ApplicationScoped
public class AuditExport extends ListExport {
    static final int BATCH = 1000;

    @Inject
    AuditLog log;

    public AuditExport() {
        super("audit", "audit.title", "audit.entry", "audit.when", "audit.actor", "account.role", "audit.objectType",
                "audit.objectId", "audit.action", "audit.summary");
    }

    @Override
    public void requireReader(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new AccessDeniedException("audit log export asked for by " + actor.username());
        }
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        AuditLog.Filter f = new AuditLog.Filter(ExportList.param(filters, "actor"), ExportList.param(filters, "type"),
                ExportList.param(filters, "object"), ExportList.param(filters, "action"), day(filters, "from"), day(filters, "to"));
        return out -> {
            Long before = null;
            while (true) {
                List<AuditEntry> batch = log.searchBefore(actor, f, before, BATCH);
                for (AuditEntry e : batch) {
                    out.accept(java.util.Arrays.asList(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorRole(),
                            e.getObjectType(), e.getObjectId(), e.getAction(), e.getSummary()));
                }
                if (batch.size() < BATCH) {
                    return;
                }
                before = batch.get(batch.size() - 1).getId();
            }
        };
    }

    private static LocalDate day(Map<String, String> filters, String name) {
        String v = ExportList.param(filters, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(filters, name);
        }
    }
}
