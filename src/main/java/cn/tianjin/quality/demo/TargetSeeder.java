package cn.tianjin.quality.demo;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.steering.FigureForm;
import cn.tianjin.quality.steering.TargetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Figures the departments reported for their targets over the last two years (invented for the demo). */
@ApplicationScoped
class TargetSeeder {
    @Inject
    TargetService targets;

    @Inject
    AccountSeeder accounts;

    @Inject
    PortalClock clock;

    void seed() {
        int year = clock.today().getYear();
        record("standards-led", LocalDate.of(year - 2, 12, 31), "236", "标准化工作年度报送（演示）");
        record("standards-led", LocalDate.of(year - 1, 12, 31), "281", "标准化工作年度报送（演示）");
        record("standards-led", LocalDate.of(year, 6, 30), "297", "标准化工作半年报送（演示）");
        record("measurement-centres", LocalDate.of(year - 1, 12, 31), "4", "计量工作年度报送（演示）");
        record("competitiveness-index", LocalDate.of(year - 1, 12, 31), "87.6", "制造业质量竞争力指数测评结果（演示）");
    }

    private void record(String code, LocalDate asOf, String figure, String source) {
        Long id = targets.byCode(code).orElseThrow().getId();
        FigureForm f = new FigureForm();
        f.setFigure(new BigDecimal(figure));
        f.setAsOf(asOf);
        f.setSource(source);
        targets.record(accounts.actor("official"), id, f);
    }
}
