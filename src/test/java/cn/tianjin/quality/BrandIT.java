package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.brand.AllianceMember;
import cn.tianjin.quality.brand.AllianceService;
import cn.tianjin.quality.brand.BrandJson;
import cn.tianjin.quality.brand.BrandMethod;
import cn.tianjin.quality.brand.BrandMethods;
import cn.tianjin.quality.brand.BrandTitles;
import cn.tianjin.quality.brand.IndexFormula;
import cn.tianjin.quality.brand.ShippedBrandData;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import cn.tianjin.quality.steering.AnalysisCompiler;
import cn.tianjin.quality.steering.AnalysisFigures;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Tianjin brands on MariaDB. So far: the alliance's register, and the 天津市名牌产品 the bureau recognised before
 * 2019, imported as history, shown and filtered as such, never issued by the portal and counted apart from every other
 * figure.
 */
@ExtendWith(ArquillianExtension.class)
class BrandIT {
    static final String HEADER = "统一社会信用代码,企业名称,表彰事项,称号,年度,证书编号,批准文件,发布日期,有效期至\n";

    @Inject
    TitleService titles;

    @Inject
    EnterpriseService enterprises;

    @Inject
    AccountService accounts;

    @Inject
    AnalysisCompiler analysis;

    @Inject
    AllianceService alliance;

    @Inject
    AuditLog audit;

    @Inject
    BrandMethods methods;

    @Inject
    cn.tianjin.quality.publication.PublicResource openData;

    @Test
    void theIndexMethodIsVersionedDataOfficialsAddToOneCheckedFileAtATime() {
        // Installed at start-up: the shipped indicators and formula are in force.
        assertThat(methods.find(BrandMethod.Kind.FORMULA, ShippedBrandData.formula().code())).isPresent();
        assertThat(methods.find(BrandMethod.Kind.INDICATORS, ShippedBrandData.indicators().code())).isPresent();
        long before = methods.versions(official()).size();

        // Not JSON; a formula reading an indicator version not stored; weights that do not add up: nothing stored.
        var notJson = methods.upload(official(), BrandMethod.Kind.FORMULA, "{oops".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.problems()).extracting(cn.tianjin.quality.platform.FieldProblem::messageKey)
                .containsExactly("brand.json.malformed");
        IndexFormula shipped = ShippedBrandData.formula();
        IndexFormula otherSet = new IndexFormula("IT-FORMULA-1", "公式", "Formula", "NO-SUCH-SET", shipped.yearWeights(),
                shipped.minPeers(), shipped.panelWeight(), shipped.dimensions());
        assertThat(methods.upload(official(), BrandMethod.Kind.FORMULA, bytes(BrandJson.write(otherSet))).problems())
                .extracting(cn.tianjin.quality.platform.FieldProblem::messageKey).containsExactly("brand.method.setUnknown");
        IndexFormula heavyPanel = new IndexFormula("IT-FORMULA-" + System.nanoTime(), "集成测试公式", "Test formula",
                shipped.indicatorSet(), shipped.yearWeights(), 3, new java.math.BigDecimal("0.30"), shipped.dimensions());
        assertThat(methods.upload(official(), BrandMethod.Kind.FORMULA, bytes(BrandJson.write(heavyPanel))).problems())
                .extracting(cn.tianjin.quality.platform.FieldProblem::messageKey).containsExactly("brand.formula.weightSum");
        assertThat(methods.versions(official())).hasSize((int) before);

        // A formula that fits is stored, in force at once, and audited; its code cannot be used again.
        var dims = new java.util.ArrayList<>(shipped.dimensions());
        IndexFormula.Dimension market = dims.get(0);
        dims.set(0, new IndexFormula.Dimension(market.code(), market.nameZh(), market.nameEn(),
                market.weight().subtract(new java.math.BigDecimal("0.10")), market.parts()));
        IndexFormula good = new IndexFormula(heavyPanel.code(), heavyPanel.nameZh(), heavyPanel.nameEn(),
                shipped.indicatorSet(), shipped.yearWeights(), 3, new java.math.BigDecimal("0.30"), dims);
        var stored = methods.upload(official(), BrandMethod.Kind.FORMULA, bytes(BrandJson.write(good)));
        assertThat(stored.problems()).isEmpty();
        assertThat(methods.current(BrandMethod.Kind.FORMULA).orElseThrow().getCode()).isEqualTo(good.code());
        assertThat(methods.current(BrandMethod.Kind.FORMULA).orElseThrow().formula().panelWeight())
                .isEqualByComparingTo("0.30");
        assertThat(audit.history(BrandMethod.AUDIT_TYPE, stored.stored().getId())).extracting("action")
                .containsExactly("create");
        assertThat(methods.upload(official(), BrandMethod.Kind.FORMULA, bytes(BrandJson.write(good))).problems())
                .extracting(cn.tianjin.quality.platform.FieldProblem::messageKey).containsExactly("brand.method.codeTaken");

        Actor applicant = accounts.findByUsername("it-applicant-a").orElseThrow().actor();
        assertThatThrownBy(() -> methods.upload(applicant, BrandMethod.Kind.FORMULA, bytes(BrandJson.write(good))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Inject
    jakarta.transaction.UserTransaction transaction;

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theBureauAdmitsSuspendsAndReinstatesAllianceMembersEachChangeAudited() {
        String code = TestFixtures.newEnterprise("91120103MA09", null).getCreditCode();
        AllianceService.Admission good = new AllianceService.Admission(" 天津市集成检验检测研究院 ", code.toLowerCase(),
                AllianceMember.Kind.TESTING, "CMA 230000000001");
        long before = alliance.members(official()).size();

        // Each wrong field is named; nothing is stored.
        refused(() -> alliance.admit(official(), new AllianceService.Admission("", code, AllianceMember.Kind.TESTING, "CMA")),
                "brand.alliance.nameRequired");
        refused(() -> alliance.admit(official(), new AllianceService.Admission("机构", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'),
                AllianceMember.Kind.TESTING, "CMA")), "creditCode.checkCharacter");
        refused(() -> alliance.admit(official(), new AllianceService.Admission("机构", code, null, "CMA")),
                "brand.alliance.kindRequired");
        refused(() -> alliance.admit(official(), new AllianceService.Admission("机构", code, AllianceMember.Kind.TESTING, " ")),
                "brand.alliance.accreditationRequired");
        assertThat(alliance.members(official())).hasSize((int) before);

        AllianceMember m = alliance.admit(official(), good);
        assertThat(m.getName()).isEqualTo("天津市集成检验检测研究院");
        assertThat(m.getCreditCode()).isEqualTo(code);
        refused(() -> alliance.admit(official(), good), "brand.alliance.codeTaken");

        refused(() -> alliance.suspend(official(), m.getId(), m.getVersion(), "  "), "brand.alliance.reasonRequired");
        AllianceMember suspended = alliance.suspend(official(), m.getId(), m.getVersion(), "资质认定证书过期");
        assertThat(suspended.isSuspended()).isTrue();
        assertThat(suspended.getSuspendedReason()).isEqualTo("资质认定证书过期");
        refused(() -> alliance.suspend(official(), m.getId(), m.getVersion(), "再次"), Versions.CHANGED);
        refused(() -> alliance.suspend(official(), m.getId(), suspended.getVersion(), "再次"), "brand.alliance.suspendedAlready");
        AllianceMember back = alliance.reinstate(official(), m.getId(), suspended.getVersion());
        assertThat(back.isSuspended()).isFalse();
        assertThat(back.getSuspendedReason()).isNull();
        assertThat(audit.history(AllianceMember.AUDIT_TYPE, m.getId())).extracting("action")
                .containsExactly("admit", "suspend", "reinstate");

        // Only the bureau's staff read or change the register.
        Actor applicant = accounts.findByUsername("it-applicant-a").orElseThrow().actor();
        assertThatThrownBy(() -> alliance.members(applicant)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> alliance.suspend(applicant, m.getId(), back.getVersion(), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Actor official() {
        return accounts.findByUsername("it-official").orElseThrow().actor();
    }

    private Enterprise freshEnterprise() throws Exception {
        Enterprise e = TestFixtures.newEnterprise("91120116MA08", null);
        e.setName("集成测试名牌企业" + e.getCreditCode().substring(12, 17));
        transaction.begin();
        Enterprise created = enterprises.createWithoutUser(e);
        transaction.commit();
        return created;
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private long historyTitles() {
        return titles.history().stream().filter(h -> h.level().equals(BrandTitles.MINGPAI)).findFirst()
                .orElseThrow().titles();
    }

    @Test
    void famousBrandProductsFromBefore2019AreImportedAsHistoryAndNeverCountedAsRecognitions() throws Exception {
        Enterprise e = freshEnterprise();
        long before = historyTitles();
        String code = e.getCreditCode();
        String name = e.getName();

        // A row of 2020 cannot be a 名牌 title: the whole file is refused, nothing stored.
        TitleService.ImportReport refused = titles.importEarlier(official(), BrandTitles.CODE, "名牌.csv", csv(
                code + "," + name + ",集成牌阀门,天津市名牌产品,2016,津名牌〔2016〕第0001号,文件〔2016〕1号,2016-12-27,2019-12-31",
                code + "," + name + ",集成牌泵,天津市名牌产品,2020,,文件〔2020〕1号,2020-12-27,2023-12-31"));
        assertThat(refused.errors()).extracting(RowError::line, RowError::column, RowError::messageKey)
                .containsExactly(Tuple.tuple(3, "年度", "title.import.levelEnded"));
        assertThat(titles.ofCode(code)).isEmpty();

        TitleService.ImportReport stored = titles.importEarlier(official(), BrandTitles.CODE, "名牌.csv", csv(
                code + "," + name + ",集成牌阀门,天津市名牌产品,2016,津名牌〔2016〕第0001号,文件〔2016〕1号,2016-12-27,2019-12-31",
                code + "," + name + ",集成牌阀门,MINGPAI,2013,,文件〔2013〕1号,2013-12-27,2016-12-31"));
        assertThat(stored.errors()).isEmpty();
        assertThat(titles.ofCode(code)).extracting(Title::getLevel, Title::getStatus, Title::getValidUntil)
                .containsExactly(Tuple.tuple(BrandTitles.MINGPAI, Title.Status.EXPIRED, LocalDate.of(2019, 12, 31)),
                        Tuple.tuple(BrandTitles.MINGPAI, Title.Status.EXPIRED, LocalDate.of(2016, 12, 31)));
        assertThat(historyTitles()).isEqualTo(before + 2);

        // The directory shows them under the history, not among the expired titles given now.
        TitleService.Directory history = titles.directoryPage(new TitleService.Filter(BrandTitles.CODE, null, null, name,
                TitleService.HISTORICAL), 0, 20);
        assertThat(history.total()).isEqualTo(2);
        assertThat(titles.directoryPage(new TitleService.Filter(BrandTitles.CODE, null, null, name, "EXPIRED"), 0, 20)
                .total()).isZero();
        assertThat(titles.directoryPage(new TitleService.Filter(BrandTitles.CODE, null, null, name, "NONSENSE"), 0, 20)
                .total()).as("an unknown standing filters nothing").isEqualTo(2);

        // The open data says the same: status HISTORICAL (in any case), each title marked as history.
        var open = openData.winners("brand", null, null, name, "historical", null, null);
        assertThat(open.total()).isEqualTo(2);
        assertThat(open.items()).allSatisfy(w -> {
            assertThat(w.historical()).isTrue();
            assertThat(w.status()).isEqualTo("EXPIRED");
        });
        assertThat(openData.winners("BRAND", null, null, name, "VALID", null, null).total()).isZero();

        // Never counted with the titles given now: not in the programmes' figures, apart in the analysis report.
        assertThat(titles.counted(BrandTitles.CODE)).noneMatch(a -> a.enterpriseId().equals(e.getId()));
        AnalysisFigures figures = analysis.compile(official(), LocalDate.now().getYear());
        AnalysisFigures.Part brands = figures.parts().stream().filter(p -> p.key().equals("analysis.part.brands"))
                .findFirst().orElseThrow();
        assertThat(brands.note()).isEqualTo("analysis.brands.history");
        assertThat(brands.tables().get(0).rows()).anySatisfy(r -> {
            assertThat(r.label()).isEqualTo(BrandTitles.MINGPAI);
            assertThat(r.values().get(0).longValueExact()).isEqualTo(historyTitles());
        });

        // The portal never gives such a title itself.
        assertThatThrownBy(() -> {
            transaction.begin();
            try {
                titles.issue(official(), new TitleService.Draft(BrandTitles.CODE, null, null, e.getId(), code, name,
                        "集成牌阀门", BrandTitles.MINGPAI, 2026, "文件", LocalDate.now(), LocalDate.now(), null));
            } finally {
                transaction.rollback();
            }
        }).isInstanceOf(IllegalArgumentException.class);
        assertThat(titles.ofCode(code)).hasSize(2);
    }
}
