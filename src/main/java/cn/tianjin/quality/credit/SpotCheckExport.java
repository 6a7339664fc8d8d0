package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Spot-check results as officials list them (/official/spot-checks: text, view, year), newest first. */
@ApplicationScoped
public class SpotCheckExport extends ListExport {
    static final int BATCH = 1000;

    @Inject
    SpotCheckService spotChecks;

    public SpotCheckExport() {
        super("spot-checks", "spotCheck.title", "enterprise.name", "enterprise.creditCode", "spotCheck.product",
                "spotCheck.batch", "spotCheck.checkedOn", "spotCheck.result", "spotCheck.failedItems",
                "spotCheck.inspectionBody", "spotCheck.rectifyBy", "spotCheck.status");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        Long year = number(filters, "year");
        SpotCheckService.Filter f = new SpotCheckService.Filter(ExportList.param(filters, "text"),
                choice(filters, "view", SpotCheckService.View.class, SpotCheckService.View.ALL),
                year == null ? null : year.intValue());
        return out -> ExportList.paged(BATCH, (first, size) -> spotChecks.search(actor, f, first, size), s -> out.accept(
                Arrays.asList(s.getEnterpriseName(), s.getCreditCode(), s.getProduct(), s.getBatch(), s.getCheckedOn(),
                        Messages.get(locale, s.isPassed() ? "spotCheck.result.passed" : "spotCheck.result.failed"),
                        s.getFailedItems(), s.getInspectionBody(), s.getRectifyBy(),
                        Messages.get(locale, "spotCheck.status." + s.getStatus()))));
    }
}
