package cn.tianjin.quality.demo;

import cn.tianjin.quality.cqo.CqoService;
import cn.tianjin.quality.cqo.Education;
import cn.tianjin.quality.cqo.Filing;
import cn.tianjin.quality.cqo.FilingForm;
import cn.tianjin.quality.cqo.IdentityDocument;
import cn.tianjin.quality.cqo.IdentityKeys;
import cn.tianjin.quality.cqo.ReportForm;
import cn.tianjin.quality.cqo.ReportService;
import cn.tianjin.quality.cqo.TeamRole;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The CQO demo: registered officers (one with new duties, one replaced, one moved to another enterprise, one
 * cancelled), a filing returned for correction, two awaiting the bureau (one short of the rules). The demo applicant's
 * own enterprise has none, so the filing can be tried from the start.
 */
@ApplicationScoped
class CqoSeeder {
    private static final Logger LOG = Logger.getLogger(CqoSeeder.class.getName());

    @Inject
    PortalClock clock;

    @Inject
    AccountSeeder accounts;

    @Inject
    CqoService cqo;

    @Inject
    IdentityKeys keys;

    @Inject
    ReportService reports;

    private int people;

    void seed(List<Enterprise> made) {
        if (!keys.ready()) {
            LOG.warning("No keys for identity numbers: the CQO demo is left out");
            return;
        }
        LocalDate lastYear = LocalDate.of(clock.today().getYear() - 1, 4, 10);
        String[] names = {"王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏"};
        List<Filing> registered = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int at = 1 + i;
            registered.add(at(lastYear.plusDays(i * 9L), () -> register(made.get(at), names[at - 1], Education.BACHELOR, 6 + at)));
        }
        at(lastYear.plusMonths(5), () -> cqo.change(applicant(made.get(1)), registered.get(0).getId(),
                registered.get(0).getVersion(), "统筹质量管理体系运行和质量提升项目；对不合格品放行行使否决权；每季度向董事会报告质量状况", team()));
        at(lastYear.plusMonths(6), () -> register(made.get(2), "孙立新", Education.MASTER, 12));
        Filing moving = registered.get(3);
        at(lastYear.plusMonths(7), () -> {
            Filing again = cqo.file(applicant(made.get(9)), made.get(9).getId(), form(names[3], idNumberOf(moving), Education.BACHELOR, 10),
                    "任命书.pdf", letter());
            return cqo.register(accounts.actor("official"), again.getId(), again.getVersion());
        });
        at(lastYear.plusMonths(8), () -> cqo.cancel(applicant(made.get(5)), registered.get(4).getId(),
                registered.get(4).getVersion(), "原首席质量官退休，新任人选确定后另行备案"));
        // Work reports on last year: three submitted in time, one left as a draft; the others are late.
        int reportYear = lastYear.getYear();
        for (int i : new int[] {6, 7, 8}) {
            at(LocalDate.of(reportYear + 1, 3, 10 + i), () -> reports.submit(applicant(made.get(i)), reportYear, null, report(i)));
        }
        at(LocalDate.of(reportYear + 1, 3, 20), () -> {
            ReportForm draft = new ReportForm();
            draft.setGoalsResults("产品一次交检合格率98.6%，未达到99%的目标，原因在分析中");
            return reports.save(applicant(made.get(1)), reportYear, null, draft);
        });
        at(clock.today().minusDays(20), () -> {
            Filing f = cqo.file(applicant(made.get(10)), made.get(10).getId(),
                    form("郑海燕", newIdNumber(), Education.BACHELOR, 7), "任命书.pdf", letter());
            return cqo.returnFiling(accounts.actor("official"), f.getId(), f.getVersion(),
                    "任命书未见法定代表人签字；质量队伍未填写质量工程师，请补充后重新提交。");
        });
        at(clock.today().minusDays(6), () -> cqo.file(applicant(made.get(11)), made.get(11).getId(),
                form("何志明", newIdNumber(), Education.BACHELOR, 9), "任命书.pdf", letter()));
        at(clock.today().minusDays(3), () -> cqo.file(applicant(made.get(12)), made.get(12).getId(),
                form("马晓东", newIdNumber(), Education.ASSOCIATE, 2), "任命书.pdf", letter()));
    }

    /** The demo people's numbers by filing, kept only to file one person twice (the transfer). */
    private final Map<Long, String> numbers = new HashMap<>();

    private String idNumberOf(Filing f) {
        return numbers.get(f.getId());
    }

    private Filing register(Enterprise e, String name, Education education, int years) {
        String number = newIdNumber();
        Filing f = cqo.file(applicant(e), e.getId(), form(name, number, education, years), "任命书.pdf", letter());
        numbers.put(f.getId(), number);
        return cqo.register(accounts.actor("official"), f.getId(), f.getVersion());
    }

    /** A valid identity number of a Tianjin resident born 1970-1989, different for each demo person. */
    private String newIdNumber() {
        people++;
        String first17 = String.format("120103%04d%02d%02d%03d", 1970 + people % 20, 1 + people % 12, 1 + people % 28, 100 + people);
        return first17 + IdentityDocument.residentCheckCharacter(first17);
    }

    private static FilingForm form(String name, String number, Education education, int years) {
        FilingForm f = new FilingForm();
        f.setPersonName(name);
        f.setIdKind(IdentityDocument.RESIDENT_ID);
        f.setIdNumber(number);
        f.setEducation(education);
        f.setProfessionalTitle(years >= 8 ? "高级工程师" : "工程师");
        f.setPositionTitle("副总经理（分管质量）");
        f.setReportsTo("总经理");
        f.setYearsQuality(years);
        f.setTrainingCertificate(education == Education.ASSOCIATE ? null : "TJCQO-PX-" + (2020 + years % 5) + "-" + (100 + years));
        f.setAppointedOn(LocalDate.of(2022, 3, 1).plusMonths(years));
        f.setDuties("统筹企业质量管理体系运行；对不合格品放行行使质量否决权；组织质量改进和质量人才培养");
        f.setTeam(team());
        return f;
    }

    private static ReportForm report(int i) {
        ReportForm r = new ReportForm();
        r.setGoalsResults("产品一次交检合格率" + (98 + i % 2) + ".5%，达到年度目标；顾客满意度" + (88 + i) + "分");
        r.setImprovementProjects("开展QC小组活动" + i + "项，关键工序不良率下降" + (20 + i) + "%");
        r.setComplaints("全年质量投诉" + (i - 4) + "起，均在7个工作日内处理完毕并回访");
        r.setTraining("组织质量培训" + (i - 3) + "期，参训" + (40 * i) + "人次");
        r.setVetoUse("对" + (i - 5) + "批不合格原材料行使质量否决，均退货处理");
        r.setVetoCount(i - 5);
        return r;
    }

    private static List<FilingForm.Member> team() {
        return new ArrayList<>(List.of(new FilingForm.Member("高明", TeamRole.QUALITY_MANAGER, "注册质量经理"),
                new FilingForm.Member("林芳", TeamRole.QUALITY_ENGINEER, "中级质量工程师"),
                new FilingForm.Member("韩冰", TeamRole.SKILLED_TECHNICIAN, "天津市质量技术能手")));
    }

    private static Actor applicant(Enterprise e) {
        return new Actor(null, "demo-" + e.getCreditCode(), Role.APPLICANT, e.getId());
    }

    private static ByteArrayInputStream letter() {
        return new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private <T> T at(LocalDate day, Supplier<T> step) {
        return clock.at(day.atTime(10, 0), step);
    }
}
