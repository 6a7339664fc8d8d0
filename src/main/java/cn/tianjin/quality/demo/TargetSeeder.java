package cn.tianjin.quality.demo;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.steering.AnalysisReport;
import cn.tianjin.quality.steering.AnalysisReports;
import cn.tianjin.quality.steering.AnalysisSection;
import cn.tianjin.quality.steering.FigureForm;
import cn.tianjin.quality.steering.PeriodicReport;
import cn.tianjin.quality.steering.PeriodicReports;
import cn.tianjin.quality.steering.ReportDraft;
import cn.tianjin.quality.steering.ReportField;
import cn.tianjin.quality.steering.ReportPeriod;
import cn.tianjin.quality.steering.TargetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Figures the departments reported for their targets over the last two years, and a quarterly report the Binhai
 * office and the bureau's standards division file, its latest quarter still missing from the bureau, and last year's
 * quality analysis report, published (invented for the demo).
 */
@ApplicationScoped
class TargetSeeder {
    @Inject
    TargetService targets;

    @Inject
    AccountSeeder accounts;

    @Inject
    PortalClock clock;

    @Inject
    PeriodicReports reports;

    @Inject
    AnalysisReports analysis;

    void seed() {
        int year = clock.today().getYear();
        record("standards-led", LocalDate.of(year - 2, 12, 31), "236", "标准化工作年度报送（演示）");
        record("standards-led", LocalDate.of(year - 1, 12, 31), "281", "标准化工作年度报送（演示）");
        record("standards-led", LocalDate.of(year, 6, 30), "297", "标准化工作半年报送（演示）");
        record("measurement-centres", LocalDate.of(year - 1, 12, 31), "4", "计量工作年度报送（演示）");
        record("competitiveness-index", LocalDate.of(year - 1, 12, 31), "87.6", "制造业质量竞争力指数测评结果（演示）");
        quarterlyReport();
        analysisReport(year - 1);
    }

    /** Last year's quality analysis report, written and published (its text invented for the demo). */
    private void analysisReport(int year) {
        Actor official = accounts.actor("official");
        AnalysisReport r = analysis.open(official, year);
        List<AnalysisSection> sections = analysis.detail(official, r.getId()).sections();
        String[] texts = {
            year + "年，全市质量工作围绕质量强市建设纲要推进，天津质量奖、质量标杆遴选和首席质量官制度在本平台上线运行。（演示文字）\n"
                + "下文的数字由平台数据汇编，发布时固定。",
            "部分区的推荐材料不够完整，中小企业参与评选的比例仍然偏低。（演示文字）",
            "扩大首席质量官制度的覆盖面，推动更多中小企业开展质量管理体系自评。（演示文字）"};
        Map<Long, AnalysisReports.SectionForm> written = new java.util.HashMap<>();
        for (int i = 0; i < sections.size() && i < texts.length; i++) {
            AnalysisSection s = sections.get(i);
            written.put(s.getId(), new AnalysisReports.SectionForm(s.getPlacement(), s.getHeading(), texts[i]));
        }
        analysis.saveSections(official, r.getId(), analysis.detail(official, r.getId()).report().getVersion(), written);
        analysis.publish(official, r.getId(), analysis.detail(official, r.getId()).report().getVersion());
    }

    private void quarterlyReport() {
        Actor official = accounts.actor("official");
        Actor binhai = accounts.actor("recommender");
        ReportDraft d = new ReportDraft();
        d.setNameZh("标准化与计量工作季度报送（演示）");
        d.setNameEn("Standardisation and metrology, quarterly (demo)");
        d.setKind(ReportPeriod.Kind.QUARTER);
        ReportPeriod first = ReportPeriod.containing(ReportPeriod.Kind.QUARTER, clock.today().minusMonths(9));
        d.setFirstPeriod(first.key());
        d.setDueDays(15);
        d.getFields().set(0, new ReportDraft.Field("标准化试点示范项目", "Standardisation pilots", "个",
                targets.byCode("standardisation-pilots").orElseThrow().getId()));
        d.getFields().set(1, new ReportDraft.Field("新建社会公用计量标准", "New measurement standards", "项",
                targets.byCode("measurement-standards").orElseThrow().getId()));
        d.setFilerIds(List.of(binhai.userId(), official.userId()));
        PeriodicReport r = reports.create(official, d);
        List<ReportPeriod> ended = ReportPeriod.ended(first, clock.today(), 12);
        for (int i = ended.size() - 1; i >= 0; i--) {
            ReportPeriod p = ended.get(i);
            int step = ended.size() - i;
            List<ReportField> fields = reports.filing(binhai, r.getId(), p.key()).fields();
            reports.file(binhai, r.getId(), p.key(), Map.of(fields.get(0).getId(), BigDecimal.valueOf(10 + step),
                    fields.get(1).getId(), BigDecimal.valueOf(15 + 2 * step)), null);
            if (i > 0) {
                reports.file(official, r.getId(), p.key(), Map.of(fields.get(0).getId(), BigDecimal.valueOf(13 + step),
                        fields.get(1).getId(), BigDecimal.valueOf(12 + 2 * step)), null);
            }
        }
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
