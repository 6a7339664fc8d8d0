package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The objections to a display (/official/display?id=), oldest first: reference, the entry, grounds, state, how it was
 * investigated and decided. The objector's name, phone and e-mail address stay on screen, shown only when revealed.
 */
@ApplicationScoped
public class ObjectionExport extends ListExport {
    @Inject
    DisplayService displays;

    public ObjectionExport() {
        super("objections", "display.official.objections", "export.objection.reference", "export.objection.receivedAt",
                "objection.entry", "objection.grounds", "export.objection.status", "objection.investigation",
                "objection.decision", "export.objection.decidedBy", "export.objection.decidedAt");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        Long display = number(filters, "display");
        if (display == null) {
            throw bad(filters, "display");
        }
        Map<Long, String> entries = new HashMap<>();
        displays.entries(display).forEach(e -> entries.put(e.getId(), e.getEnterpriseName()));
        var objections = displays.objections(actor, display);
        return out -> objections.forEach(o -> out.accept(Arrays.asList(o.getReference(), o.getReceivedAt(),
                entries.getOrDefault(o.getEntryId(), ""), o.getGrounds(), Messages.get(locale, "objection.status." + o.getStatus()),
                o.getInvestigation(), o.getDecisionReason(), o.getDecidedBy(), o.getDecidedAt())));
    }
}
