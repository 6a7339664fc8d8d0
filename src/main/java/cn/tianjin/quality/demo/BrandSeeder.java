package cn.tianjin.quality.demo;

import cn.tianjin.quality.brand.AllianceMember;
import cn.tianjin.quality.brand.AllianceService;
import cn.tianjin.quality.brand.BrandProgramme;
import cn.tianjin.quality.brand.BrandApplication;
import cn.tianjin.quality.brand.BrandApplications;
import cn.tianjin.quality.brand.BrandIndexService;
import cn.tianjin.quality.brand.BrandReport;
import cn.tianjin.quality.brand.BrandReports;
import cn.tianjin.quality.brand.BrandSettings;
import cn.tianjin.quality.brand.ShippedBrandData;
import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignPublication;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.programme.Stage;
import cn.tianjin.quality.publication.RevocationCase;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Tianjin brands' demo: the alliance's register (two members, a third suspended) with the evaluator account of the
 * first, two finished years run by that member (brands filed with their figures, a regional brand among them, the
 * index computed, recognitions published and the year's index published by the bureau), this year's brand campaign
 * taking applications, and the 天津市名牌产品 the bureau
 * recognised before 2019, imported from its list as an official would, all lapsed by now and shown as history.
 */
@ApplicationScoped
class BrandSeeder {
    static final String HISTORY = "demo/famous-products-history.csv";

    @Inject
    AccountSeeder accounts;

    @Inject
    TitleService titles;

    @Inject
    AllianceService alliance;

    @Inject
    CampaignSeeder campaigns;

    @Inject
    cn.tianjin.quality.platform.PortalClock clock;

    @Inject
    CampaignService campaignService;

    @Inject
    CampaignPublication publication;

    @Inject
    BrandApplications brandApplications;

    @Inject
    BrandIndexService index;

    @Inject
    BrandReports reports;

    @Inject
    CampaignSettingsService settings;

    /** A demo brand: the enterprise (its place in the demo list), its name, kind and how strong its figures are (0-1). */
    private record DemoBrand(int enterprise, String name, BrandApplication.Kind kind, double strength, String named) {
        DemoBrand(int enterprise, String name, double strength) {
            this(enterprise, name, BrandApplication.Kind.PRODUCT, strength, null);
        }
    }

    void seed(List<Enterprise> made) {
        var official = accounts.actor("official");
        AllianceMember centre = alliance.admit(official, new AllianceService.Admission("天津津品品牌评价中心有限公司（演示）",
                CreditCode.withCheckCharacter("91120116MA0750001"), AllianceMember.Kind.EVALUATION,
                "品牌评价机构备案（演示）第 0001 号"));
        alliance.admit(official, new AllianceService.Admission("天津市品牌建设促进会（演示）",
                CreditCode.withCheckCharacter("51120000MA0750002"), AllianceMember.Kind.ASSOCIATION, "社会团体登记（演示）"));
        AllianceMember lab = alliance.admit(official, new AllianceService.Admission("天津海河检验检测技术研究院（演示）",
                CreditCode.withCheckCharacter("12120000MA0750003"), AllianceMember.Kind.TESTING, "CMA（演示）230012340001"));
        alliance.suspend(official, lab.getId(), lab.getVersion(), "资质认定证书正在复查（演示）");
        accounts.evaluator("evaluator", "津品评价中心 陈静", centre);
        int year = clock.today().getYear();
        String regional = "天津宁河清源水产养殖有限公司\n天津七里海河蟹养殖专业合作社\n天津宁河七里海河蟹产业协会";
        List<Title> older = pastYear(made, centre, year - 2, 20240610L, 2, List.of(new DemoBrand(15, "海河湾酒店服务", BrandApplication.Kind.SERVICE, 0.9, null),
                new DemoBrand(8, "清源河蟹", 0.82), new DemoBrand(25, "津工乘客电梯", 0.74),
                new DemoBrand(10, "蓟州山泉饮用天然水", 0.68), new DemoBrand(9, "恒信不锈钢紧固件", 0.55),
                new DemoBrand(23, "安泰蒸压加气混凝土砌块", 0.35)));
        List<Title> newer = pastYear(made, centre, year - 1, 20250610L, 3, List.of(new DemoBrand(15, "海河湾酒店服务", BrandApplication.Kind.SERVICE, 0.93, null),
                new DemoBrand(8, "七里海河蟹", BrandApplication.Kind.REGIONAL, 0.85, regional), new DemoBrand(0, "滨海精工数控车床", 0.8),
                new DemoBrand(25, "津工自动扶梯", 0.78),
                new DemoBrand(10, "蓟州山泉饮用天然水", 0.72), new DemoBrand(24, "华信注射用重组蛋白", 0.6),
                new DemoBrand(9, "恒信不锈钢紧固件", 0.5), new DemoBrand(27, "九园智能分拣系统", BrandApplication.Kind.PROJECT, 0.45, null)));
        lifeOfRecognitions(made, year, older, newer);
        campaigns.open(BrandProgramme.CODE, year + "年度天津品牌评价", year, 8, centre.getId(), form -> form.setWinnerExclusionYears(0));

        TitleService.ImportReport r = titles.importEarlier(accounts.actor("official"), BrandProgramme.CODE, HISTORY,
                DemoFiles.bytes(HISTORY));
        if (!r.ok()) {
            throw new IllegalStateException(HISTORY + " refused: " + r.errors());
        }
    }

    /**
     * A finished year: the member's campaign, the brands filed with three years of figures, recommended, found
     * eligible, scored (the first filed best), the member's evaluator computing the index, the recognitions published
     * after the display and the bureau publishing the year's index.
     */
    private List<Title> pastYear(List<Enterprise> made, AllianceMember centre, int year, long seed, int validityYears,
                                 List<DemoBrand> brands) {
        Actor official = accounts.actor("official");
        // A recognised brand does not keep its enterprise's other brands out: no exclusion period.
        Campaign c = at(LocalDate.of(year, 3, 1), () -> campaigns.open(BrandProgramme.CODE, year + "年度天津品牌评价", year, 8,
                centre.getId(), form -> form.setWinnerExclusionYears(0), drafted -> {
                    BrandSettings s = (BrandSettings) settings.of(BrandSettings.class, drafted.getId()).copy();
                    s.setValidityYears(validityYears);
                    settings.save(official, s);
                }));
        List<Enterprise> applicants = brands.stream().map(b -> made.get(b.enterprise())).toList();
        java.util.Iterator<DemoBrand> next = brands.iterator();
        List<Application> applied = at(LocalDate.of(year, 3, 20), () -> campaigns.applyAndRecommend(c, applicants, e -> brands.stream()
                .filter(b -> made.get(b.enterprise()).getId().equals(e.getId())).findFirst().orElseThrow().name(),
                "品牌定位清晰，质量、创新和市场表现有三年数据支撑。", (applicant, a) -> {
                    DemoBrand b = next.next();
                    brandApplications.save(applicant, a.getId(), new BrandApplications.Form(b.kind(), b.named(),
                            figures(c.getYear(), b.strength()), true));
                }));
        at(LocalDate.of(year, 6, 1), () -> {
            campaigns.toEligibility(c);
            campaigns.allEligible(applied);
            return null;
        });
        at(LocalDate.of(year, 6, 10), () -> campaigns.reviewed(c, seed, 90));
        at(LocalDate.of(year, 7, 1), () -> index.compute(accounts.actor("evaluator"), c.getId()));
        at(LocalDate.of(year, 9, 1), () -> campaignService.advance(official, c.getId(), Stage.REVIEW));
        at(LocalDate.of(year, 9, 10), () -> campaignService.advance(official, c.getId(), Stage.DISPLAY));
        List<Title> recognised = at(LocalDate.of(year, 9, 20), () -> publication.publish(official, c.getId(),
                campaignService.get(official, c.getId()).getVersion(), "津品评认〔" + year + "〕7号", LocalDate.of(year, 9, 18)))
                .titles();
        at(LocalDate.of(year, 10, 10), () -> index.publishYear(official, year));
        return recognised;
    }

    /**
     * The recognitions' lives since: yearly reports filed (one each year missing, reminded, warned and then suspended:
     * last year's that of the demo applicant, which can file it and see its recognition hold again),
     * the older year's recognitions (two years' validity) expired in September, one revoked after a major quality
     * accident. So the directory has valid, suspended, expired and revoked Tianjin brands.
     */
    private void lifeOfRecognitions(List<Enterprise> made, int year, List<Title> older, List<Title> newer) {
        Actor official = accounts.actor("official");
        Title hotelOld = of(older, made.get(15));
        Title crabOld = of(older, made.get(8));
        Title liftOld = of(older, made.get(25));
        // Reports on the older year's first year: filed by both holders still holding.
        at(LocalDate.of(year - 1, 3, 15), () -> report(made.get(15), hotelOld, year - 2, 0.9));
        at(LocalDate.of(year - 1, 4, 2), () -> report(made.get(8), crabOld, year - 2, 0.82));
        // A lift of the older year traps passengers for hours: a major quality accident, the recognition revoked.
        at(LocalDate.of(year - 1, 11, 12), () -> {
            var opened = titles.open(official, liftOld.getId(), RevocationCase.Origin.ACCIDENT,
                    "2025年11月3日，该型号乘客电梯在和平区某商场发生困人事故，经调查系制动器设计缺陷所致，构成重大质量事故。");
            return titles.decide(official, opened.getId(), opened.getVersion(), true, "经调查核实，发生重大质量事故，撤销认定。");
        });
        // Reports on last year: filed by all but the demo applicant's lathe, which is reminded, warned and suspended.
        at(LocalDate.of(year, 3, 10), () -> report(made.get(15), hotelOld, year - 1, 0.92));
        at(LocalDate.of(year, 3, 18), () -> report(made.get(15), of(newer, made.get(15)), year - 1, 0.93));
        at(LocalDate.of(year, 3, 25), () -> report(made.get(25), of(newer, made.get(25)), year - 1, 0.8));
        at(LocalDate.of(year, 4, 8), () -> report(made.get(8), of(newer, made.get(8)), year - 1, 0.86));
        for (LocalDate day : List.of(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 31))) {
            at(day, () -> reports.remind(day));
        }
        // The older year's recognitions end after two years.
        LocalDate lapsed = LocalDate.of(year, 10, 1);
        at(lapsed, () -> titles.expireDue(lapsed));
    }

    private BrandReport report(Enterprise e, Title t, int reportYear, double strength) {
        Actor holder = new Actor(null, "demo-" + e.getCreditCode(), Role.APPLICANT, e.getId());
        Map<String, String> figures = new LinkedHashMap<>();
        figures(reportYear + 1, strength).forEach((code, byYear) -> figures.put(code, byYear.get(reportYear)));
        return reports.file(holder, t.getId(), reportYear, figures, true);
    }

    private static Title of(List<Title> titles, Enterprise e) {
        return titles.stream().filter(t -> t.getEnterpriseId().equals(e.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException(e.getName() + " was not recognised"));
    }

    /**
     * Three years of every shipped indicator for a brand of the given strength (0 weak, 1 strong), growing a little
     * each year: all within the indicators' ranges and decimals.
     */
    static Map<String, Map<Integer, String>> figures(int campaignYear, double strength) {
        Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
        List<Integer> years = ShippedBrandData.indicators().yearsBefore(campaignYear);
        for (int k = 0; k < years.size(); k++) {
            double grow = 1 + 0.06 * k;
            double output = (800 + 9000 * strength) * grow;
            double sales = output * 0.95;
            put(out, "OUTPUT", years.get(k), output, 2);
            put(out, "SALES", years.get(k), sales, 2);
            put(out, "MARKET_SHARE", years.get(k), 2 + 25 * strength + k, 2);
            put(out, "EXPORT_SHARE", years.get(k), 5 + 20 * (1 - strength), 2);
            put(out, "PROFIT", years.get(k), sales * 0.09 * strength, 2);
            put(out, "RD_SHARE", years.get(k), 1 + 5 * strength, 2);
            put(out, "PATENTS", years.get(k), 5 + 60 * strength + 3 * k, 0);
            put(out, "STANDARDS_LED", years.get(k), Math.floor(6 * strength) + (k == 2 ? 1 : 0), 0);
            put(out, "SPOT_CHECK_PASS", years.get(k), 90 + 10 * strength, 2);
            put(out, "COMPLAINTS", years.get(k), 1 + 40 * (1 - strength) - k, 0);
            put(out, "SATISFACTION", years.get(k), 80 + 18 * strength + 0.4 * k, 1);
            put(out, "AWARENESS", years.get(k), 30 + 60 * strength + k, 2);
        }
        return out;
    }

    private static void put(Map<String, Map<Integer, String>> out, String code, int year, double value, int decimals) {
        out.computeIfAbsent(code, x -> new LinkedHashMap<>()).put(year,
                BigDecimal.valueOf(Math.max(0, value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    private <T> T at(LocalDate day, java.util.function.Supplier<T> step) {
        return clock.at(day.atTime(10, 0), step);
    }
}
