package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.brand.AllianceMember;
import cn.tianjin.quality.brand.AllianceService;
import cn.tianjin.quality.brand.BrandJson;
import cn.tianjin.quality.brand.BrandMethod;
import cn.tianjin.quality.brand.BrandMethods;
import cn.tianjin.quality.brand.BrandProgramme;
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
import java.util.Map;
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
        return titles.history().stream().filter(h -> h.level().equals(BrandProgramme.MINGPAI)).findFirst()
                .orElseThrow().titles();
    }

    @Test
    void famousBrandProductsFromBefore2019AreImportedAsHistoryAndNeverCountedAsRecognitions() throws Exception {
        Enterprise e = freshEnterprise();
        long before = historyTitles();
        String code = e.getCreditCode();
        String name = e.getName();

        // A row of 2020 cannot be a 名牌 title: the whole file is refused, nothing stored.
        TitleService.ImportReport refused = titles.importEarlier(official(), BrandProgramme.CODE, "名牌.csv", csv(
                code + "," + name + ",集成牌阀门,天津市名牌产品,2016,津名牌〔2016〕第0001号,文件〔2016〕1号,2016-12-27,2019-12-31",
                code + "," + name + ",集成牌泵,天津市名牌产品,2020,,文件〔2020〕1号,2020-12-27,2023-12-31"));
        assertThat(refused.errors()).extracting(RowError::line, RowError::column, RowError::messageKey)
                .containsExactly(Tuple.tuple(3, "年度", "title.import.levelEnded"));
        assertThat(titles.ofCode(code)).isEmpty();

        TitleService.ImportReport stored = titles.importEarlier(official(), BrandProgramme.CODE, "名牌.csv", csv(
                code + "," + name + ",集成牌阀门,天津市名牌产品,2016,津名牌〔2016〕第0001号,文件〔2016〕1号,2016-12-27,2019-12-31",
                code + "," + name + ",集成牌阀门,MINGPAI,2013,,文件〔2013〕1号,2013-12-27,2016-12-31"));
        assertThat(stored.errors()).isEmpty();
        assertThat(titles.ofCode(code)).extracting(Title::getLevel, Title::getStatus, Title::getValidUntil)
                .containsExactly(Tuple.tuple(BrandProgramme.MINGPAI, Title.Status.EXPIRED, LocalDate.of(2019, 12, 31)),
                        Tuple.tuple(BrandProgramme.MINGPAI, Title.Status.EXPIRED, LocalDate.of(2016, 12, 31)));
        assertThat(historyTitles()).isEqualTo(before + 2);

        // The directory shows them under the history, not among the expired titles given now.
        TitleService.Directory history = titles.directoryPage(new TitleService.Filter(BrandProgramme.CODE, null, null, name,
                TitleService.HISTORICAL), 0, 20);
        assertThat(history.total()).isEqualTo(2);
        assertThat(titles.directoryPage(new TitleService.Filter(BrandProgramme.CODE, null, null, name, "EXPIRED"), 0, 20)
                .total()).isZero();
        assertThat(titles.directoryPage(new TitleService.Filter(BrandProgramme.CODE, null, null, name, "NONSENSE"), 0, 20)
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
        assertThat(titles.counted(BrandProgramme.CODE)).noneMatch(a -> a.enterpriseId().equals(e.getId()));
        AnalysisFigures figures = analysis.compile(official(), LocalDate.now().getYear());
        AnalysisFigures.Part brands = figures.parts().stream().filter(p -> p.key().equals("analysis.part.brands"))
                .findFirst().orElseThrow();
        assertThat(brands.note()).isEqualTo("analysis.brands.history");
        assertThat(brands.tables().get(0).rows()).anySatisfy(r -> {
            assertThat(r.label()).isEqualTo(BrandProgramme.MINGPAI);
            assertThat(r.values().get(0).longValueExact()).isEqualTo(historyTitles());
        });

        // The portal never gives such a title itself.
        assertThatThrownBy(() -> {
            transaction.begin();
            try {
                titles.issue(official(), new TitleService.Draft(BrandProgramme.CODE, null, null, e.getId(), code, name,
                        "集成牌阀门", BrandProgramme.MINGPAI, 2026, "文件", LocalDate.now(), LocalDate.now(), null));
            } finally {
                transaction.rollback();
            }
        }).isInstanceOf(IllegalArgumentException.class);
        assertThat(titles.ofCode(code)).hasSize(2);
    }

    @Inject
    cn.tianjin.quality.platform.security.StaffAccountService staffAccounts;

    @Inject
    cn.tianjin.quality.platform.security.LoginService logins;

    @Inject
    TestFixtures fixtures;

    @Inject
    cn.tianjin.quality.programme.CampaignService campaigns;

    @Inject
    cn.tianjin.quality.programme.ApplicationService applications;

    @Inject
    cn.tianjin.quality.platform.files.AttachmentService attachments;

    @Inject
    cn.tianjin.quality.review.RubricService rubrics;

    @Inject
    cn.tianjin.quality.platform.PortalClock clock;

    @Inject
    cn.tianjin.quality.brand.BrandApplications brandParts;

    @Inject
    cn.tianjin.quality.programme.EligibilityService eligibility;

    private AllianceMember admit(String name) {
        String code = TestFixtures.newEnterprise("91120116MA05", name).getCreditCode();
        return alliance.admit(official(), new AllianceService.Admission(name + code.substring(12, 17), code,
                AllianceMember.Kind.EVALUATION, "品牌评价机构备案（集成测试）"));
    }

    private static cn.tianjin.quality.platform.security.StaffAccountService.StaffAccountForm person(String username, String email) {
        return new cn.tianjin.quality.platform.security.StaffAccountService.StaffAccountForm(username, "评价员" + username, email,
                null, cn.tianjin.quality.platform.security.Role.EVALUATOR, null, null, "zh-CN");
    }

    private cn.tianjin.quality.programme.Campaign brandCampaignForm() {
        cn.tianjin.quality.programme.Campaign form = new cn.tianjin.quality.programme.Campaign();
        form.setName("集成测试天津品牌评价 " + System.nanoTime());
        form.setYear(clock.today().getYear());
        form.setApplicationsOpen(clock.today().minusDays(1));
        form.setApplicationsClose(clock.today().plusDays(20));
        form.setRecommendationDeadline(clock.today().plusDays(30));
        return form;
    }

    /** An application for a brand, saved with its text, a document and the test recommender, and submitted. */
    private cn.tianjin.quality.programme.Application submitted(Actor applicant, cn.tianjin.quality.programme.Campaign c, String brand) {
        var a = applications.start(applicant, c.getId());
        java.util.Map<String, String> sections = new java.util.HashMap<>();
        c.getRubric().definition().categories().forEach(cat -> sections.put(cat.code(), "<p>" + cat.nameZh() + "的情况。</p>"));
        a = applications.save(applicant, a.getId(), a.getVersion(), new cn.tianjin.quality.programme.ApplicationService.Form(brand,
                "产品品牌，覆盖京津冀市场。", accounts.findByUsername("it-recommender").orElseThrow().getId(), true, sections));
        attachments.store(applicant, cn.tianjin.quality.programme.ApplicationDocuments.OWNER_TYPE, a.getId(), "品牌材料.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        Long id = a.getId();
        refused(() -> applications.submit(applicant, id), "brand.application.submit.incomplete");
        brandParts.save(applicant, a.getId(), cn.tianjin.quality.brand.BrandFixtures.productForm(c.getYear()));
        return applications.submit(applicant, a.getId());
    }

    @Test
    void anEvaluatorSeesOnlyWhatItsOrganisationRunsAndNothingWhileItIsSuspended() throws Exception {
        AllianceMember a = admit("集成测试评价机构甲");
        AllianceMember b = admit("集成测试评价机构乙");
        long n = System.nanoTime() % 1_000_000;

        // Evaluator accounts are opened for a member, by bureau staff, each field checked before anything is stored.
        refused(() -> staffAccounts.createStaffAccount(official(), person("it-ev-x" + n, "x" + n + "@test.example.cn")),
                "account.role.evaluatorOfOrganisation");
        refused(() -> staffAccounts.createEvaluator(official(), a.getId(), person("it-ev-bad" + n, "not-an-address")),
                "account.email.invalid");
        refused(() -> staffAccounts.createEvaluator(official(), null, person("it-ev-bad" + n, "ok" + n + "@test.example.cn")),
                "account.organisation.required");
        assertThat(accounts.findByUsername("it-ev-bad" + n)).isEmpty();
        Actor expert = accounts.findByUsername("it-expert").orElseThrow().actor();
        assertThatThrownBy(() -> staffAccounts.createEvaluator(expert, a.getId(), person("it-ev-y" + n, "y" + n + "@test.example.cn")))
                .isInstanceOf(AccessDeniedException.class);
        var invited = staffAccounts.createEvaluator(official(), a.getId(), person("it-ev-inv" + n, "inv" + n + "@test.example.cn"));
        assertThat(invited.getRole()).isEqualTo(cn.tianjin.quality.platform.security.Role.EVALUATOR);
        assertThat(invited.getOrganisation()).isEqualTo(a.getName());
        assertThat(staffAccounts.evaluators(official()).get(a.getId()))
                .extracting(cn.tianjin.quality.platform.security.UserAccount::getUsername).contains("it-ev-inv" + n);
        assertThat(audit.history(cn.tianjin.quality.platform.security.UserAccount.AUDIT_TYPE, invited.getId()))
                .anySatisfy(e -> assertThat(e.getSummary()).contains("EVALUATOR").contains(a.getName()));
        // A member puts an expert into the review pool, named with the member; no other kind of account is a member's.
        var memberExpert = staffAccounts.createOrganisationStaff(official(), a.getId(),
                person("it-ev-ex" + n, "ex" + n + "@test.example.cn"), cn.tianjin.quality.platform.security.Role.EXPERT);
        assertThat(experts.pool(official())).anySatisfy(p -> {
            assertThat(p.account().getId()).isEqualTo(memberExpert.getId());
            assertThat(p.account().getOrganisation()).isEqualTo(a.getName());
        });
        assertThat(staffAccounts.evaluators(official()).get(a.getId()))
                .extracting(cn.tianjin.quality.platform.security.UserAccount::getUsername).contains("it-ev-ex" + n);
        refused(() -> staffAccounts.createOrganisationStaff(official(), a.getId(), person("it-ev-of" + n, "of" + n
                + "@test.example.cn"), cn.tianjin.quality.platform.security.Role.OFFICIAL), "account.role.ofOrganisation");

        Actor evaluatorA = fixtures.evaluator("it-ev-a" + n, a.getId()).actor();
        Actor evaluatorB = fixtures.evaluator("it-ev-b" + n, b.getId()).actor();

        // A brand campaign names the alliance member that runs it; another programme's campaign names none.
        Long rubric = rubrics.latest("tianjin-brand-2026").orElseThrow().getId();
        refused(() -> campaigns.create(official(), BrandProgramme.CODE, brandCampaignForm(), rubric, null),
                "campaign.organisation.required");
        refused(() -> campaigns.create(official(), "PACESETTER", brandCampaignForm(),
                rubrics.latest("tianjin-benchmark-2026").orElseThrow().getId(), a.getId()), "campaign.organisation.notRun");
        var created = campaigns.create(official(), BrandProgramme.CODE, brandCampaignForm(), rubric, a.getId());
        var c = campaigns.advance(official(), created.getId(), cn.tianjin.quality.programme.Stage.DRAFT);

        // An enterprise applies for two brands in the one campaign and submits the first.
        Enterprise firm = freshEnterprise();
        Actor applicant = fixtures.applicant("it-brand-" + firm.getId(), firm.getId()).actor();
        var first = submitted(applicant, c, "津品牌集成测试产品" + n);
        var second = applications.start(applicant, c.getId());
        assertThat(second.getId()).isNotEqualTo(first.getId());

        // The evaluator of the running member sees the campaign, its applications and the submitted one with its files.
        assertThat(campaigns.runBy(evaluatorA, a.getId())).extracting(cn.tianjin.quality.programme.Campaign::getId)
                .containsExactly(c.getId());
        assertThat(campaigns.get(evaluatorA, c.getId()).getOrganisationId()).isEqualTo(a.getId());
        assertThat(applications.pageOfCampaign(evaluatorA, c.getId(), null, 0, 10, "id", true))
                .extracting(cn.tianjin.quality.programme.ApplicationService.CampaignRow::getId).contains(first.getId(), second.getId());
        assertThat(applications.view(evaluatorA, first.getId()).application().getSubjectName()).startsWith("津品牌集成测试产品");
        assertThat(attachments.ofOwner(evaluatorA, cn.tianjin.quality.programme.ApplicationDocuments.OWNER_TYPE, first.getId()))
                .hasSize(1);
        // ... but not a draft, and it does not move the campaign on.
        assertThatThrownBy(() -> applications.view(evaluatorA, second.getId()))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThatThrownBy(() -> campaigns.advance(evaluatorA, c.getId(), c.getStage())).isInstanceOf(AccessDeniedException.class);

        // Another member's evaluator: the campaign and its applications do not exist for it.
        assertThat(campaigns.runBy(evaluatorB, b.getId())).isEmpty();
        assertThatThrownBy(() -> campaigns.runBy(evaluatorB, a.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.get(evaluatorB, c.getId())).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThatThrownBy(() -> applications.pageOfCampaign(evaluatorB, c.getId(), null, 0, 10, "id", true))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThatThrownBy(() -> applications.view(evaluatorB, first.getId()))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThatThrownBy(() -> alliance.own(applicant)).isInstanceOf(AccessDeniedException.class);
        assertThat(alliance.own(evaluatorB).getId()).isEqualTo(b.getId());

        // Eligibility is the running member's to judge once the bureau has moved the campaign there.
        Actor recommender = accounts.findByUsername("it-recommender").orElseThrow().actor();
        attachments.store(recommender, cn.tianjin.quality.programme.RecommendationLetters.OWNER_TYPE, first.getId(), "推荐函.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        applications.recommend(recommender, first.getId(), "同意推荐。");
        campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.OPEN);
        campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.RECOMMENDATION);
        assertThat(eligibility.checklist(evaluatorA, first.getId())).isNotEmpty();
        assertThatThrownBy(() -> eligibility.checklist(evaluatorB, first.getId()))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThat(attachments.ofOwner(evaluatorA, cn.tianjin.quality.programme.RecommendationLetters.OWNER_TYPE, first.getId()))
                .hasSize(1);
        refused(() -> eligibility.decide(evaluatorA, first.getId(), false, " "), "eligibility.reason.required");
        assertThat(eligibility.decide(evaluatorA, first.getId(), false, "三年指标中出口数据缺少证明。").getStatus())
                .isEqualTo(cn.tianjin.quality.programme.ApplicationStatus.INELIGIBLE);
        assertThat(creditFile.timeline(official(), firm.getId())).anySatisfy(line -> {
            assertThat(line.getKind()).isEqualTo("APPLICATION_INELIGIBLE");
            assertThat(line.getDetail()).contains("三年指标中出口数据缺少证明");
        });
        assertThat(audit.history(cn.tianjin.quality.programme.Application.AUDIT_TYPE, first.getId()))
                .anySatisfy(e -> assertThat(e.getActor()).isEqualTo(evaluatorA.username()));

        // While its member is suspended an evaluator cannot log in, and nothing new is opened for the member.
        assertThat(logins.authenticate("it-ev-a" + n, TestFixtures.PASSWORD, "192.0.2.31")).isPresent();
        AllianceMember suspended = alliance.suspend(official(), a.getId(), alliance.members(official()).stream()
                .filter(m -> m.getId().equals(a.getId())).findFirst().orElseThrow().getVersion(), "资质复查（集成测试）");
        assertThat(logins.authenticate("it-ev-a" + n, TestFixtures.PASSWORD, "192.0.2.31")).isEmpty();
        refused(() -> staffAccounts.createEvaluator(official(), a.getId(), person("it-ev-z" + n, "z" + n + "@test.example.cn")),
                "account.organisation.suspended");
        refused(() -> campaigns.create(official(), BrandProgramme.CODE, brandCampaignForm(), rubric, a.getId()),
                "campaign.organisation.suspended");
        alliance.reinstate(official(), a.getId(), suspended.getVersion());
        assertThat(logins.authenticate("it-ev-a" + n, TestFixtures.PASSWORD, "192.0.2.31")).isPresent();
    }

    @Test
    void aBrandIsFiledWithItsKindAndThreeYearsOfIndicatorsCheckedFieldByFieldAndKeepsItsVersion() throws Exception {
        AllianceMember runner = admit("集成测试指标机构");
        Actor evaluator = fixtures.evaluator("it-ev-f" + System.nanoTime() % 1_000_000, runner.getId()).actor();
        Actor stranger = fixtures.evaluator("it-ev-g" + System.nanoTime() % 1_000_000, admit("集成测试另一机构").getId()).actor();
        Long rubric = rubrics.latest("tianjin-brand-2026").orElseThrow().getId();
        var c = campaigns.advance(official(), campaigns.create(official(), BrandProgramme.CODE, brandCampaignForm(), rubric,
                runner.getId()).getId(), cn.tianjin.quality.programme.Stage.DRAFT);
        Enterprise firm = freshEnterprise();
        Actor applicant = fixtures.applicant("it-brand-f" + firm.getId(), firm.getId()).actor();
        var a = applications.start(applicant, c.getId());
        java.util.List<Integer> years = ShippedBrandData.indicators().yearsBefore(c.getYear());
        assertThat(years).hasSize(3).last().isEqualTo(c.getYear() - 1);
        int last = years.get(2);

        // Everything wrong at once: no kind, a word for a number, profit above sales, a count with decimals, a share above
        // 100, a required figure missing. Each on its field; nothing stored.
        var figures = cn.tianjin.quality.brand.BrandFixtures.figures(years);
        figures.get("SALES").put(last, "４,０００");
        figures.get("PROFIT").put(last, "4500");
        figures.get("PATENTS").put(last, "3.5");
        figures.get("MARKET_SHARE").put(last, "120%");
        figures.get("OUTPUT").put(last, "很多");
        figures.get("COMPLAINTS").put(last, " ");
        figures.get("SPOT_CHECK_PASS").put(last, "");
        var wrong = new cn.tianjin.quality.brand.BrandApplications.Form(null, null, figures, true);
        assertThat(brandParts.problems(applicant, a.getId(), wrong)).extracting(cn.tianjin.quality.platform.FieldProblem::field)
                .containsExactlyInAnyOrder("brandKind", "OUTPUT." + last, "MARKET_SHARE." + last, "PATENTS." + last,
                        "COMPLAINTS." + last, "PROFIT." + last);
        refused(() -> brandParts.save(applicant, a.getId(), wrong), "brand.application.kindRequired");
        refused(() -> brandParts.save(applicant, a.getId(), new cn.tianjin.quality.brand.BrandApplications.Form(
                cn.tianjin.quality.brand.BrandApplication.Kind.REGIONAL, "  ", cn.tianjin.quality.brand.BrandFixtures.figures(years),
                true)), "brand.application.namedRequired");
        var untouched = brandParts.part(applicant, a.getId());
        assertThat(untouched.kind()).isNull();
        assertThat(untouched.figures().get("SALES")).isEmpty();

        // Right: stored with full-width digits and separators read, an optional figure left out.
        var right = cn.tianjin.quality.brand.BrandFixtures.figures(years);
        right.get("SALES").put(last, "５,０００.５");
        right.get("SPOT_CHECK_PASS").put(last, "");
        var saved = brandParts.save(applicant, a.getId(), new cn.tianjin.quality.brand.BrandApplications.Form(
                cn.tianjin.quality.brand.BrandApplication.Kind.REGIONAL, "天津市某某机械有限公司\n天津市某某电子有限公司", right, true));
        assertThat(saved.kind()).isEqualTo(cn.tianjin.quality.brand.BrandApplication.Kind.REGIONAL);
        assertThat(saved.figures().get("SALES").get(last)).isEqualByComparingTo("5000.5");
        assertThat(saved.figures().get("SPOT_CHECK_PASS")).doesNotContainKey(last);
        assertThat(audit.history(cn.tianjin.quality.brand.BrandApplication.AUDIT_TYPE, a.getId()))
                .anySatisfy(e -> assertThat(e.getSummary()).contains("REGIONAL").contains(ShippedBrandData.indicators().code()));

        // A newer version of the indicators comes into force: this application keeps its own; a new one takes the new.
        var newer = new cn.tianjin.quality.brand.IndicatorSet("IT-IND-" + System.nanoTime() % 1_000_000, "集成测试指标", "IT indicators", 3,
                ShippedBrandData.indicators().indicators());
        assertThat(methods.upload(official(), BrandMethod.Kind.INDICATORS, bytes(BrandJson.write(newer))).ok()).isTrue();
        assertThat(brandParts.part(applicant, a.getId()).indicators().code()).isEqualTo(ShippedBrandData.indicators().code());
        var other = applications.start(applicant, c.getId());
        assertThat(brandParts.part(applicant, other.getId()).indicators().code()).isEqualTo(newer.code());

        // Readers: its alliance evaluator once submitted; not another member's, not another enterprise.
        Enterprise otherFirm = freshEnterprise();
        Actor otherApplicant = fixtures.applicant("it-brand-o" + otherFirm.getId(), otherFirm.getId()).actor();
        assertThatThrownBy(() -> brandParts.save(otherApplicant, a.getId(), cn.tianjin.quality.brand.BrandFixtures.productForm(c.getYear())))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        Map<String, String> sections = new java.util.HashMap<>();
        c.getRubric().definition().categories().forEach(cat -> sections.put(cat.code(), "<p>情况。</p>"));
        var edited = applications.save(applicant, a.getId(), applications.view(applicant, a.getId()).application().getVersion(),
                new cn.tianjin.quality.programme.ApplicationService.Form("津门集群品牌", "区域品牌。",
                        accounts.findByUsername("it-recommender").orElseThrow().getId(), true, sections));
        applications.submit(applicant, edited.getId());
        assertThat(brandParts.part(evaluator, a.getId()).figures().get("SALES").get(last)).isEqualByComparingTo("5000.5");
        assertThatThrownBy(() -> brandParts.part(stranger, a.getId())).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        refused(() -> brandParts.save(applicant, a.getId(), cn.tianjin.quality.brand.BrandFixtures.productForm(c.getYear())),
                "application.locked");
    }

    @Inject
    cn.tianjin.quality.brand.BrandIndexService index;

    @Inject
    cn.tianjin.quality.brand.BrandIndexResource indexData;

    @Inject
    cn.tianjin.quality.review.PanelService panels;

    @Inject
    cn.tianjin.quality.review.ReviewRoundService rounds;

    @Inject
    cn.tianjin.quality.review.ScoreSheetService sheets;

    @Inject
    cn.tianjin.quality.review.ResultsService results;

    @Inject
    cn.tianjin.quality.programme.CampaignPublication publication;

    @Inject
    cn.tianjin.quality.programme.ProposalService proposals;

    @Inject
    cn.tianjin.quality.publication.DisplayService display;

    /**
     * Figures of the shipped indicators: the fixtures' (every other figure 12) with sales, output, profit, market share,
     * patents, complaints and satisfaction of the given level, so that one brand can lead or trail the others on them.
     */
    private static cn.tianjin.quality.brand.BrandApplications.Form brandOfLevel(int campaignYear, int level) {
        var years = ShippedBrandData.indicators().yearsBefore(campaignYear);
        var figures = cn.tianjin.quality.brand.BrandFixtures.figures(years);
        java.util.function.BiConsumer<String, String> all = (code, text) -> years.forEach(y -> figures.get(code).put(y, text));
        all.accept("SALES", String.valueOf(2000 * level));
        all.accept("OUTPUT", String.valueOf(2100 * level));
        all.accept("PROFIT", String.valueOf(100 * level));
        all.accept("MARKET_SHARE", String.valueOf(5 * level));
        all.accept("PATENTS", String.valueOf(4 * level));
        all.accept("COMPLAINTS", String.valueOf(60 - 15 * level));
        all.accept("SATISFACTION", String.valueOf(70 + 6 * level));
        return new cn.tianjin.quality.brand.BrandApplications.Form(cn.tianjin.quality.brand.BrandApplication.Kind.PRODUCT, null,
                figures, true);
    }

    @Test
    void theIndexComesFromTheLockedReviewDecidesTheProposalAndIsPublishedYearByYear() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        AllianceMember runner = admit("集成测试指数机构");
        Actor evaluator = fixtures.evaluator("it-ev-i" + n, runner.getId()).actor();
        Actor stranger = fixtures.evaluator("it-ev-j" + n, admit("集成测试无关机构").getId()).actor();
        var form = brandCampaignForm();
        int year = 2030 + java.util.concurrent.ThreadLocalRandom.current().nextInt(60);
        form.setYear(year);
        var c = campaigns.advance(official(), campaigns.create(official(), BrandProgramme.CODE, form,
                rubrics.latest("tianjin-brand-2026").orElseThrow().getId(), runner.getId()).getId(),
                cn.tianjin.quality.programme.Stage.DRAFT);

        // Three brands: one leading on every figure that differs, one in the middle, one trailing.
        Actor recommender = accounts.findByUsername("it-recommender").orElseThrow().actor();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        java.util.List<Enterprise> firms = new java.util.ArrayList<>();
        for (int level : new int[] {3, 2, 1}) {
            Enterprise firm = freshEnterprise();
            firms.add(firm);
            Actor applicant = fixtures.applicant("it-brand-i" + firm.getId(), firm.getId()).actor();
            var a = applications.start(applicant, c.getId());
            Map<String, String> sections = new java.util.HashMap<>();
            c.getRubric().definition().categories().forEach(cat -> sections.put(cat.code(), "<p>情况。</p>"));
            a = applications.save(applicant, a.getId(), a.getVersion(), new cn.tianjin.quality.programme.ApplicationService.Form(
                    "指数集成测试品牌" + level, "产品品牌。", recommender.userId(), true, sections));
            attachments.store(applicant, cn.tianjin.quality.programme.ApplicationDocuments.OWNER_TYPE, a.getId(), "品牌材料.pdf",
                    new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            brandParts.save(applicant, a.getId(), brandOfLevel(year, level));
            applications.submit(applicant, a.getId());
            attachments.store(recommender, cn.tianjin.quality.programme.RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf",
                    new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            applications.recommend(recommender, a.getId(), "同意推荐。");
            ids.add(a.getId());
        }
        campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.OPEN);
        campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.RECOMMENDATION);
        for (Long id : ids) {
            for (var item : eligibility.checklist(evaluator, id)) {
                if (item.getAutoResult() == cn.tianjin.quality.programme.EligibilityRules.Result.REVIEW) {
                    eligibility.record(evaluator, id, item.getCheck(), cn.tianjin.quality.programme.EligibilityRules.Result.PASS,
                            "已核实。");
                }
            }
            eligibility.decide(evaluator, id, true, "符合条件。");
        }
        Long roundId = campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.ELIGIBILITY).getReviewRoundId();
        refused(() -> index.compute(evaluator, c.getId()), "brand.index.rankingNotLocked");

        // The panel: 90 %, 80 % and 40 % of the 500 points; the ranking locked. Another member's evaluator sees no round.
        Actor expert = accounts.findByUsername("it-panel3").orElseThrow().actor();
        var entries = rounds.entries(official(), roundId);
        assertThatThrownBy(() -> rounds.round(stranger, roundId)).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThatThrownBy(() -> panels.seatByHand(stranger, roundId, entries.get(0).getId(), expert.userId()))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        entries.forEach(entry -> panels.seatByHand(evaluator, roundId, entry.getId(), expert.userId()));
        for (var seat : panels.assignments(official(), roundId)) {
            Long source = entries.stream().filter(e -> e.getId().equals(seat.getEntryId())).findFirst().orElseThrow().getSourceId();
            int percent = java.util.List.of(90, 80, 40).get(ids.indexOf(source));
            var sheet = sheets.open(expert, seat.getId());
            sheets.save(expert, sheet.sheet().getId(), sheet.sheet().getVersion(), sheet.rubric().items().stream()
                    .map(i -> new cn.tianjin.quality.review.ScoreSheetService.ItemInput(i.code(), percent, null, null)).toList());
            sheets.submit(expert, sheet.sheet().getId());
        }
        // The running member's evaluator seats the panel (above) and locks the ranking, as officials do for the award.
        results.lock(evaluator, roundId, cn.tianjin.quality.review.AggregationMethod.MEAN,
                results.board(evaluator, roundId).round().getVersion());
        assertThat(audit.history(cn.tianjin.quality.review.ReviewRound.AUDIT_TYPE, roundId))
                .anySatisfy(e -> assertThat(e.getActor()).isEqualTo(evaluator.username()));

        // No proposal without the index; another member's evaluator cannot see or compute it.
        refused(() -> campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.REVIEW), "brand.index.notComputed");
        assertThatThrownBy(() -> index.compute(stranger, c.getId())).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThatThrownBy(() -> index.view(stranger, c.getId())).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);

        // The running member's evaluator computes it. The leader gets 100 on every indicator (80 points) and 18 of the
        // panel's 20; the trailer gets 100 only where every brand gave the same figure (34.5 points) and 8 of 20.
        var run = index.compute(evaluator, c.getId());
        assertThat(run.run().getFormula()).isEqualTo(ShippedBrandData.formula().code());
        assertThat(run.entries()).extracting(cn.tianjin.quality.brand.BrandIndexEntry::getApplicationId).containsExactlyElementsOf(ids);
        var leader = run.entries().get(0);
        var trailer = run.entries().get(2);
        assertThat(leader.getIndex()).isEqualByComparingTo("98.00");
        assertThat(trailer.getIndex()).isEqualByComparingTo("42.50");
        assertThat(run.entries().get(1).getIndex()).isBetween(new java.math.BigDecimal("42.5"), new java.math.BigDecimal("98"));
        assertThat(leader.isCityPeers()).as("three brands are too few for an industry of their own").isTrue();
        // Its calculation: a line per indicator and the panel's, whose points add up to the index.
        var lines = leader.lines();
        assertThat(lines).hasSize(13).last().satisfies(l -> {
            assertThat(l.dimension()).isEqualTo(cn.tianjin.quality.brand.BrandIndex.PANEL);
            assertThat(l.used()).isEqualByComparingTo("450");
            assertThat(l.points()).isEqualByComparingTo("18.00");
        });
        assertThat(lines.stream().filter(l -> "SALES".equals(l.indicator())).findFirst().orElseThrow())
                .satisfies(l -> {
                    assertThat(l.figures()).hasSize(3).allSatisfy(f -> assertThat(f).isEqualByComparingTo("6000"));
                    assertThat(l.peerLow()).isEqualByComparingTo("2000");
                    assertThat(l.peerHigh()).isEqualByComparingTo("6000");
                    assertThat(l.normalised()).isEqualByComparingTo("100");
                });
        assertThat(lines.stream().map(cn.tianjin.quality.brand.BrandIndex.Line::points).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isCloseTo(leader.getIndex(), org.assertj.core.data.Offset.offset(new java.math.BigDecimal("0.05")));
        // Computed again (the same figures), it replaces the first; both are audited.
        var again = index.compute(official(), c.getId());
        assertThat(again.entries()).extracting(cn.tianjin.quality.brand.BrandIndexEntry::getIndex)
                .usingComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .containsExactlyElementsOf(run.entries().stream().map(cn.tianjin.quality.brand.BrandIndexEntry::getIndex).toList());
        assertThat(audit.history(cn.tianjin.quality.brand.BrandIndexRun.AUDIT_TYPE, again.run().getId()))
                .extracting(e -> e.getAction()).contains("recompute");

        // The proposal follows the index and both marks: the trailer reaches neither.
        campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.REVIEW);
        var d = proposals.displayOf(campaigns.get(official(), c.getId())).orElseThrow();
        assertThat(display.view(d.getId()).lines()).extracting(l -> l.entry().getRefId(), l -> l.entry().getLevel()).containsExactly(
                Tuple.tuple(ids.get(0), BrandProgramme.RECOGNISED), Tuple.tuple(ids.get(1), BrandProgramme.RECOGNISED),
                Tuple.tuple(ids.get(2), null));
        refused(() -> index.compute(evaluator, c.getId()), "brand.index.notInReview");

        // The year is published by the bureau once the recognitions are, never by the alliance.
        refused(() -> index.publishYear(official(), year), "brand.index.campaignNotPublished");
        assertThatThrownBy(() -> index.publishYear(evaluator, year)).isInstanceOf(AccessDeniedException.class);
        var published = clock.at(clock.today().plusDays(30).atTime(10, 0), () -> {
            campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.DISPLAY);
            return publication.publish(official(), c.getId(), campaigns.get(official(), c.getId()).getVersion(),
                    "津品评认〔" + year + "〕1号", clock.today());
        });
        assertThat(published.titles()).hasSize(2).allSatisfy(t -> assertThat(t.getIssuer()).isEqualTo(runner.getName()));
        assertThat(index.published(year)).isEmpty();
        // Each result in the enterprise's credit file: the recognition, or that the brand was not recognised.
        assertThat(creditKinds(firms.get(0))).contains("TITLE_AWARDED").doesNotContain("APPLICATION_NOT_AWARDED");
        assertThat(creditKinds(firms.get(2))).contains("APPLICATION_NOT_AWARDED").doesNotContain("TITLE_AWARDED");
        assertThat(index.publishYear(official(), year)).isEqualTo(3);
        refused(() -> index.publishYear(official(), year), "brand.index.nothingToPublish");

        var y = index.published(year).orElseThrow();
        assertThat(y.city().brands()).isEqualTo(3);
        assertThat(y.city().mean()).isEqualByComparingTo(run.entries().stream().map(cn.tianjin.quality.brand.BrandIndexEntry::getIndex)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).divide(java.math.BigDecimal.valueOf(3), 2,
                        java.math.RoundingMode.HALF_UP));
        assertThat(y.brands()).extracting(cn.tianjin.quality.brand.BrandIndexService.PublishedBrand::brand)
                .as("only recognised brands are named").containsExactly("指数集成测试品牌3", "指数集成测试品牌2");
        assertThat(index.publishedYears()).extracting(cn.tianjin.quality.brand.BrandIndexService.YearLine::year).contains(year);
        refused(() -> index.compute(official(), c.getId()), "brand.index.alreadyPublished");

        // Open data: the year as JSON and as a table; a malformed year is a bad request, an unpublished one not found.
        var data = indexData.year(String.valueOf(year));
        assertThat(data.groups()).anySatisfy(g -> {
            assertThat(g.dimension()).isEqualTo("city");
            assertThat(g.brands()).isEqualTo(3);
        });
        assertThat(data.brands()).hasSize(2).first().satisfies(b -> assertThat(b.serial()).startsWith("TJB-" + year));
        String csv = new String((byte[]) indexData.csv(String.valueOf(year)).getEntity(), StandardCharsets.UTF_8);
        assertThat(csv).contains("指数集成测试品牌3").contains(leader.getIndex().toPlainString());
        assertThatThrownBy(() -> indexData.year("next")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> indexData.year(String.valueOf(year + 1 > 2100 ? 2000 : year + 1)))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
    }

    @Inject
    cn.tianjin.quality.brand.BrandReports reports;

    @Inject
    cn.tianjin.quality.credit.CreditFile creditFile;

    @Inject
    cn.tianjin.quality.programme.ApplicantBars bars;

    /** A recognition of the alliance, as a brand campaign's publication issues it, valid three years from {@code from}. */
    private Title recognition(Enterprise e, String brand, LocalDate from) throws Exception {
        transaction.begin();
        Title t = titles.issue(official(), new TitleService.Draft(BrandProgramme.CODE, null, null, e.getId(), e.getCreditCode(),
                e.getName(), brand, BrandProgramme.RECOGNISED, from.getYear(), "津品评认（集成测试）", from, from,
                from.plusYears(3).minusDays(1)), "集成测试评价中心");
        transaction.commit();
        return t;
    }

    private java.util.List<String> creditKinds(Enterprise e) {
        return creditFile.timeline(official(), e.getId()).stream().map(cn.tianjin.quality.credit.CreditEvent::getKind).toList();
    }

    /** One year's figures of every shipped indicator: the fixtures' for that year. */
    private static Map<String, String> oneYear(int year) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        cn.tianjin.quality.brand.BrandFixtures.figures(java.util.List.of(year)).forEach((code, byYear) -> out.put(code, byYear.get(year)));
        return out;
    }

    @Test
    void aRecognitionReportsYearlyIsRemindedWarnedAndSuspendedWithoutAndHoldsAgainOnceItDoes() throws Exception {
        int y = 2030 + java.util.concurrent.ThreadLocalRandom.current().nextInt(60);
        Enterprise firm = freshEnterprise();
        Enterprise other = freshEnterprise();
        Actor holder = fixtures.applicant("it-brand-r" + firm.getId(), firm.getId()).actor();
        Actor stranger = fixtures.applicant("it-brand-s" + other.getId(), other.getId()).actor();
        Title t = recognition(firm, "年报集成测试品牌", LocalDate.of(y, 9, 20));
        Title silent = recognition(firm, "不报年报的品牌", LocalDate.of(y, 9, 20));

        // Nothing is owed in the year it was granted; the report on it is due by 30 April of the next.
        assertThat(clock.at(LocalDate.of(y, 12, 1).atTime(9, 0), () -> reports.owed(holder, firm.getId()))).isEmpty();
        // Each round takes the step due for every recognition of the portal; these two are followed by their steps.
        java.util.function.Consumer<LocalDate> round = day -> clock.at(day.atTime(8, 0), () -> reports.remind(day));
        java.util.function.Function<LocalDate, java.util.Set<cn.tianjin.quality.brand.ReportSchedule.Step>> steps = day ->
                clock.at(day.atTime(12, 0), () -> reports.owed(holder, firm.getId())).stream()
                        .filter(o -> o.title().getId().equals(t.getId())).findFirst()
                        .map(o -> o.steps().keySet()).orElse(java.util.Set.of());
        round.accept(LocalDate.of(y + 1, 2, 28));
        assertThat(steps.apply(LocalDate.of(y + 1, 2, 28))).isEmpty();
        round.accept(LocalDate.of(y + 1, 3, 1));
        round.accept(LocalDate.of(y + 1, 3, 1));
        var owed = clock.at(LocalDate.of(y + 1, 3, 2).atTime(9, 0), () -> reports.owed(holder, firm.getId()));
        assertThat(owed).extracting(o -> o.year(), o -> o.due()).containsOnly(Tuple.tuple(y, LocalDate.of(y + 1, 4, 30)));
        assertThat(owed).hasSize(2).allSatisfy(o -> assertThat(o.steps()).containsOnlyKeys(
                cn.tianjin.quality.brand.ReportSchedule.Step.REMINDED));

        // Bad figures are refused field by field with nothing stored; another enterprise cannot see or file it.
        Map<String, String> wrong = oneYear(y);
        wrong.put("SALES", "很多");
        wrong.put("MARKET_SHARE", "120");
        assertThat(clock.at(LocalDate.of(y + 1, 3, 5).atTime(9, 0), () -> reports.problems(holder, t.getId(), y, wrong, true)))
                .extracting(cn.tianjin.quality.platform.FieldProblem::field).containsExactlyInAnyOrder("SALES." + y, "MARKET_SHARE." + y);
        assertThatThrownBy(() -> clock.at(LocalDate.of(y + 1, 3, 5).atTime(9, 0), () -> reports.file(holder, t.getId(), y, wrong, true)))
                .isInstanceOf(BusinessException.class);
        assertThat(clock.at(LocalDate.of(y + 1, 3, 5).atTime(9, 0), () -> reports.part(holder, t.getId(), y)).figures()).isEmpty();
        assertThatThrownBy(() -> clock.at(LocalDate.of(y + 1, 3, 5).atTime(9, 0), () -> reports.part(stranger, t.getId(), y)))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThatThrownBy(() -> clock.at(LocalDate.of(y + 1, 3, 5).atTime(9, 0), () -> reports.file(stranger, t.getId(), y, oneYear(y), true)))
                .isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);

        // Past the due day a warning; suspended 30 days after it, each once, told to the holder and in its credit file.
        round.accept(LocalDate.of(y + 1, 5, 1));
        assertThat(steps.apply(LocalDate.of(y + 1, 5, 1))).containsExactlyInAnyOrder(
                cn.tianjin.quality.brand.ReportSchedule.Step.REMINDED, cn.tianjin.quality.brand.ReportSchedule.Step.WARNED);
        round.accept(LocalDate.of(y + 1, 5, 30));
        assertThat(titles.verify(t.getSerial())).get().extracting(Title::getStatus).isEqualTo(Title.Status.VALID);
        round.accept(LocalDate.of(y + 1, 5, 31));
        round.accept(LocalDate.of(y + 1, 6, 1));
        assertThat(steps.apply(LocalDate.of(y + 1, 6, 1))).contains(cn.tianjin.quality.brand.ReportSchedule.Step.SUSPENDED);
        assertThat(titles.verify(t.getSerial())).get().satisfies(v -> {
            assertThat(v.getStatus()).isEqualTo(Title.Status.SUSPENDED);
            assertThat(v.isValid()).isFalse();
            assertThat(v.getSuspendedReason()).contains(String.valueOf(y));
        });
        assertThat(creditKinds(firm)).contains("TITLE_SUSPENDED");

        // Filed late, the recognition holds again; the one still silent stays suspended, and expires suspended.
        var filed = clock.at(LocalDate.of(y + 1, 6, 10).atTime(9, 0), () -> reports.file(holder, t.getId(), y, oneYear(y), true));
        assertThat(filed.getFiledBy()).isEqualTo(holder.username());
        assertThat(titles.verify(t.getSerial())).get().extracting(Title::getStatus).isEqualTo(Title.Status.VALID);
        assertThat(titles.verify(silent.getSerial())).get().extracting(Title::getStatus).isEqualTo(Title.Status.SUSPENDED);
        assertThat(creditKinds(firm)).contains("TITLE_REINSTATED");
        assertThat(audit.history(cn.tianjin.quality.brand.BrandReport.AUDIT_TYPE, filed.getId()))
                .extracting(e -> e.getAction()).contains("file");
        LocalDate lapsed = silent.getValidUntil().plusDays(1);
        clock.at(lapsed.atTime(0, 5), () -> titles.expireDue(lapsed));
        assertThat(titles.verify(silent.getSerial())).get().extracting(Title::getStatus).isEqualTo(Title.Status.EXPIRED);
    }

    @Test
    void fraudBarsTheHolderAtItsNextApplicationAndOnlyRecognitionsNotHistoryAreRenewedFromTheirLastData() throws Exception {
        AllianceMember runner = admit("集成测试续期机构");
        var c = campaigns.advance(official(), campaigns.create(official(), BrandProgramme.CODE, brandCampaignForm(),
                rubrics.latest("tianjin-brand-2026").orElseThrow().getId(), runner.getId()).getId(),
                cn.tianjin.quality.programme.Stage.DRAFT);

        // Revoked for fraud: barred from the programme for three years, in its credit file; other grounds are the portal's.
        Enterprise cheat = freshEnterprise();
        Actor cheater = fixtures.applicant("it-brand-c" + cheat.getId(), cheat.getId()).actor();
        Title won = recognition(cheat, "伪造检测报告的品牌", clock.today().minusYears(1));
        refused(() -> titles.open(official(), won.getId(), cn.tianjin.quality.publication.RevocationCase.Origin.DISHONESTY, "理由"),
                "revocation.ground.required");
        var opened = titles.open(official(), won.getId(), cn.tianjin.quality.publication.RevocationCase.Origin.FRAUD,
                "申报材料中的第三方检测报告系伪造。");
        titles.decide(official(), opened.getId(), opened.getVersion(), true, "经核实，以欺骗手段取得认定，予以撤销。");
        assertThat(bars.running(cheat.getId(), BrandProgramme.CODE, clock.today())).get()
                .extracting(cn.tianjin.quality.programme.ApplicantBar::getUntil).isEqualTo(clock.today().plusYears(3).minusDays(1));
        assertThat(creditKinds(cheat)).contains("TITLE_REVOKED", "APPLICANT_BARRED");
        refused(() -> applications.start(cheater, c.getId()), "application.barred");
        assertThat(bars.running(cheat.getId(), "PACESETTER", clock.today())).as("only the programme it deceived").isEmpty();

        // A recognition of 2024 with its two yearly reports: a renewal in this campaign starts from them.
        Enterprise holderFirm = freshEnterprise();
        Actor holder = fixtures.applicant("it-brand-h" + holderFirm.getId(), holderFirm.getId()).actor();
        int year = c.getYear();
        Title held = recognition(holderFirm, "续期集成测试品牌", LocalDate.of(year - 2, 9, 20));
        Map<String, String> first = oneYear(year - 2);
        first.put("SALES", "6100");
        clock.at(LocalDate.of(year - 1, 3, 10).atTime(9, 0), () -> reports.file(holder, held.getId(), year - 2, first, true));
        Map<String, String> second = oneYear(year - 1);
        second.put("SALES", "6400");
        clock.at(LocalDate.of(year, 3, 10).atTime(9, 0), () -> reports.file(holder, held.getId(), year - 1, second, true));
        var a = applications.start(holder, c.getId());
        assertThat(brandParts.renewable(holder, a.getId())).extracting(Title::getId).containsExactly(held.getId());
        var last = brandParts.lastData(holder, a.getId(), held.getId());
        assertThat(last.figures().get("SALES")).containsOnlyKeys(year - 2, year - 1);
        assertThat(last.figures().get("SALES").get(year - 1)).isEqualByComparingTo("6400");
        var form = cn.tianjin.quality.brand.BrandFixtures.productForm(year);
        var saved = brandParts.save(holder, a.getId(), new cn.tianjin.quality.brand.BrandApplications.Form(form.kind(), null,
                form.figures(), true, held.getId()));
        assertThat(saved.renews()).isEqualTo(held.getId());

        // The 名牌 history is never renewed, nor another enterprise's recognition.
        String code = holderFirm.getCreditCode();
        assertThat(titles.importEarlier(official(), BrandProgramme.CODE, "名牌.csv", csv(code + "," + holderFirm.getName()
                + ",续期牌阀门,天津市名牌产品,2016,津名牌〔2016〕第0099号,文件〔2016〕1号,2016-12-27,2019-12-31")).errors()).isEmpty();
        Title history = titles.ofCode(code).stream().filter(x -> x.getLevel().equals(BrandProgramme.MINGPAI)).findFirst().orElseThrow();
        assertThat(brandParts.renewable(holder, a.getId())).extracting(Title::getId).doesNotContain(history.getId());
        refused(() -> brandParts.lastData(holder, a.getId(), history.getId()), "brand.renew.historical");
        refused(() -> brandParts.save(holder, a.getId(), new cn.tianjin.quality.brand.BrandApplications.Form(form.kind(), null,
                form.figures(), true, history.getId())), "brand.renew.historical");
        refused(() -> brandParts.lastData(holder, a.getId(), won.getId()), "brand.renew.notYours");
    }

    @Inject
    cn.tianjin.quality.credit.CreditService credit;

    @Inject
    cn.tianjin.quality.review.ExpertService experts;

    @Test
    void aDishonestyListingVetoesABrandAtEligibilityAndPutsTheHoldersRecognitionUnderACase() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        AllianceMember runner = admit("集成测试否决机构");
        Actor evaluator = fixtures.evaluator("it-ev-v" + n, runner.getId()).actor();
        var c = campaigns.advance(official(), campaigns.create(official(), BrandProgramme.CODE, brandCampaignForm(),
                rubrics.latest("tianjin-brand-2026").orElseThrow().getId(), runner.getId()).getId(),
                cn.tianjin.quality.programme.Stage.DRAFT);
        Enterprise firm = freshEnterprise();
        Actor applicant = fixtures.applicant("it-brand-v" + firm.getId(), firm.getId()).actor();
        Title held = recognition(firm, "失信集成测试认定品牌", clock.today().minusYears(1));
        var a = submitted(applicant, c, "失信集成测试申报品牌" + n);
        Actor recommender = accounts.findByUsername("it-recommender").orElseThrow().actor();
        attachments.store(recommender, cn.tianjin.quality.programme.RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        applications.recommend(recommender, a.getId(), "同意推荐。");
        campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.OPEN);
        campaigns.advance(official(), c.getId(), cn.tianjin.quality.programme.Stage.RECOMMENDATION);

        // Listed in the dishonesty register: the credit check fails, the evaluator cannot find the brand eligible.
        cn.tianjin.quality.credit.DishonestyEntry listing = new cn.tianjin.quality.credit.DishonestyEntry();
        listing.setCreditCode(firm.getCreditCode());
        listing.setEnterpriseName(firm.getName());
        listing.setReason("生产销售不合格产品，情节严重（集成测试）");
        listing.setSourceDocument("津市监信〔2026〕99号");
        listing.setListedOn(clock.today().minusDays(1));
        credit.add(official(), listing);
        assertThat(eligibility.checklist(evaluator, a.getId())).anySatisfy(item -> {
            assertThat(item.getCheck()).isEqualTo(cn.tianjin.quality.programme.EligibilityRules.CREDIT);
            assertThat(item.getAutoResult()).isEqualTo(cn.tianjin.quality.programme.EligibilityRules.Result.FAIL);
        });
        refused(() -> eligibility.decide(evaluator, a.getId(), true, "符合条件。"), "eligibility.notAllPassed");

        // Its recognition held is put under a revocation case by the listing itself.
        assertThat(titles.cases(official())).anySatisfy(line -> {
            assertThat(line.title().getId()).isEqualTo(held.getId());
            assertThat(line.revocation().getOrigin()).isEqualTo(cn.tianjin.quality.publication.RevocationCase.Origin.DISHONESTY);
        });
    }
}
