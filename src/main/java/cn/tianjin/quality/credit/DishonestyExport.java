package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** The serious dishonesty register as officials search it (/official/credit: text, running only), a thousand at a time. */
@ApplicationScoped
public class DishonestyExport extends ListExport {
    static final int BATCH = 1000;

    @Inject
    CreditService credit;

    @Inject
    PortalClock clock;

    public DishonestyExport() {
        super("dishonesty", "dishonesty.title", "enterprise.name", "enterprise.creditCode", "dishonesty.reason",
                "dishonesty.source", "dishonesty.listedOn", "dishonesty.removalOn", "dishonesty.endedOn",
                "dishonesty.endReason", "dishonesty.status");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        String active = ExportList.param(filters, "active");
        if (active != null && !active.equals("true") && !active.equals("false")) {
            throw bad(filters, "active");
        }
        CreditService.Filter f = new CreditService.Filter(ExportList.param(filters, "text"), "true".equals(active));
        LocalDate today = clock.today();
        String running = Messages.get(locale, "dishonesty.active");
        String ended = Messages.get(locale, "dishonesty.inactive");
        return out -> ExportList.paged(BATCH, (first, size) -> credit.search(actor, f, first, size), d -> out.accept(
                Arrays.asList(d.getEnterpriseName(), d.getCreditCode(), d.getReason(), d.getSourceDocument(), d.getListedOn(),
                        d.getRemovalOn(), d.getEndedOn(), d.getEndReason(), d.activeOn(today) ? running : ended)));
    }
}
