package cn.tianjin.quality.platform.audit;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The admin's audit log (/admin/audit): filter, page, verify the chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    private String actor;
    private String objectType;
    private String objectId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private AuditLog.Verification verification;

    /** A search matching more entries than this lists the latest of them and asks for a narrower search. */
    static final int LISTED = 2000;

    private boolean more;

    private final LazyDataModel<AuditEntry> model = new PagedModel<>(
            this::count,
            (first, size, sort, asc) -> audit.search(currentUser.actor(), filter(), first, size),
            AuditEntry::getId);

    private long count() {
        long matches = audit.count(currentUser.actor(), filter(), LISTED);
        more = matches > LISTED;
        return Math.min(matches, LISTED);
    }

    /** The export's query: the filters on screen. */
    public String getExportQuery() {
        return ExportList.query("actor", actor, "type", objectType, "object", objectId, "action", action,
                "from", from, "to", to);
    }

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(actor, objectType, objectId, action, from, to);
    }

    public void verify() {
        verification = audit.verify(currentUser.actor());
        if (verification.intact()) {
            Pages.info("audit.intact", verification.checked());
        } else {
            Pages.error("audit.broken", verification.firstBroken().getAsLong());
        }
    }

    public LazyDataModel<AuditEntry> getModel() { return model; }
    public AuditLog.Verification getVerification() { return verification; }
    /** Whether the last search matched more entries than the table lists. */
    public boolean isMore() { return more; }
    public int getListed() { return LISTED; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getObjectType() { return objectType; }
    public void setObjectType(String objectType) { this.objectType = objectType; }
    public String getObjectId() { return objectId; }
    public void setObjectId(String objectId) { this.objectId = objectId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
