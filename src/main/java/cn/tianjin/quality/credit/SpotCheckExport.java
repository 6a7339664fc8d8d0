package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Spot-check results as officials list them (/official/spot-checks: text, view, year), newest first. */
@ApplicationScoped
public class SpotCheckExport implements ExportList {
    static final int BATCH = 1000;

    @Inject
    SpotCheckService spotChecks;

    @Override
    public String name() {
        return "spot-checks";
    }

    @Override
    public String titleKey() {
        return "spotCheck.title";
    }

    @Override
    public List<String> columnKeys() {
        return List.of("enterprise.name", "enterprise.creditCode", "spotCheck.product", "spotCheck.batch",
                "spotCheck.checkedOn", "spotCheck.result", "spotCheck.failedItems", "spotCheck.inspectionBody",
                "spotCheck.rectifyBy", "spotCheck.status");
    }

    @Override
    public void requireReader(Actor actor) {
        actor.requireStaff("exporting spot checks");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        String view = ExportList.param(filters, "view");
        SpotCheckService.View chosen = view == null ? SpotCheckService.View.ALL : Arrays.stream(SpotCheckService.View.values())
                .filter(v -> v.name().equals(view)).findFirst()
                .orElseThrow(() -> new BusinessException("export.badFilter", "view", view));
        String year = ExportList.param(filters, "year");
        Integer checkedIn;
        try {
            checkedIn = year == null ? null : Integer.valueOf(year);
        } catch (NumberFormatException e) {
            throw new BusinessException("export.badFilter", "year", year);
        }
        SpotCheckService.Filter f = new SpotCheckService.Filter(ExportList.param(filters, "text"), chosen, checkedIn);
        return out -> ExportList.paged(BATCH, (first, size) -> spotChecks.search(actor, f, first, size), s -> out.accept(
                Arrays.asList(s.getEnterpriseName(), s.getCreditCode(), s.getProduct(), s.getBatch(), s.getCheckedOn(),
                        Messages.get(locale, s.isPassed() ? "spotCheck.result.passed" : "spotCheck.result.failed"),
                        s.getFailedItems(), s.getInspectionBody(), s.getRectifyBy(),
                        Messages.get(locale, "spotCheck.status." + s.getStatus()))));
    }
}
