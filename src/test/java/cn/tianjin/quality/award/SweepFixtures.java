package cn.tianjin.quality.award;

import cn.tianjin.quality.assessment.SelfAssessmentService;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.ApplicationDocuments;
import cn.tianjin.quality.programme.ApplicationService;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignPublication;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.programme.EligibilityItem;
import cn.tianjin.quality.programme.EligibilityRules;
import cn.tianjin.quality.programme.EligibilityService;
import cn.tianjin.quality.programme.ProposalService;
import cn.tianjin.quality.programme.RecommendationLetters;
import cn.tianjin.quality.programme.Stage;
import cn.tianjin.quality.publication.Display;
import cn.tianjin.quality.publication.DisplayService;
import cn.tianjin.quality.publication.Objection;
import cn.tianjin.quality.publication.ObjectionForm;
import cn.tianjin.quality.publication.RevocationCase;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.AggregationMethod;
import cn.tianjin.quality.review.ConsensusService;
import cn.tianjin.quality.review.ExpertConflict;
import cn.tianjin.quality.review.ExpertDraw;
import cn.tianjin.quality.review.FeedbackService;
import cn.tianjin.quality.review.PanelService;
import cn.tianjin.quality.review.ResultsService;
import cn.tianjin.quality.review.ExpertService;
import cn.tianjin.quality.review.ReviewAssignment;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.ScoreSheetService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Test deployments only: the small world the security sweeps probe. Two fresh enterprises (A and B) with an applicant
 * each; B applies (materials attached, the shared test recommender named), starts a self-assessment, is an entry in a
 * review round with two seated experts, one of whom later declares a conflict with B, is visited by the first expert
 * and holds a title. A recommender who was not named comes too. Every free text the applicant and the experts type is
 * the text given by the caller (names, model, narratives, opinion, labels, titles, conflict note, score-sheet
 * comments, an expert's name, A's dishonesty listing), so the cross-site-scripting sweep can plant its payload in all
 * of them at once. With {@code later=true} B also applies to campaigns carried on through the real services to
 * publication and title revocation, to public display with objections open, to committee voting and to eligibility
 * review, and a round is held in consensus, so that the texts typed at those stages carry the payload too (see
 * {@link #later}).
 */
@Path("test-fixtures/sweep")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class SweepFixtures {
    /** The year of the draft analysis report in the sweep's world; other tests draft this year's and last year's. */
    static final int SWEEP_ANALYSIS_YEAR = 2019;

    @Inject
    cn.tianjin.quality.steering.PeriodicReports reports;

    @Inject
    cn.tianjin.quality.steering.TargetService targets;

    @Inject
    cn.tianjin.quality.steering.AnalysisReports analysis;

    @Inject
    NationalService national;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    TestFixtures fixtures;

    @Inject
    AccountService accounts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    RubricService rubrics;

    @Inject
    AttachmentService attachments;

    @Inject
    SelfAssessmentService assessments;

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ExpertService experts;

    @Inject
    ScoreSheetService sheets;

    @Inject
    CreditService credit;

    @Inject
    EligibilityService eligibility;

    @Inject
    ResultsService results;

    @Inject
    ConsensusService consensus;

    @Inject
    FeedbackService feedback;

    @Inject
    CommitteeService committee;

    @Inject
    SiteVisitService visits;

    @Inject
    DisplayService display;

    @Inject
    CampaignPublication publication;

    @Inject
    CampaignSettingsService settings;

    @Inject
    ProposalService proposals;

    @Inject
    AwardSelfAssessments selfAssessments;

    @Inject
    TitleService titles;

    @Inject
    cn.tianjin.quality.cqo.CqoService cqo;

    @Inject
    cn.tianjin.quality.credit.SpotCheckService spotChecks;

    @Inject
    cn.tianjin.quality.credit.DeclarationService declarations;

    @Inject
    cn.tianjin.quality.credit.InterviewService interviews;

    @Inject
    cn.tianjin.quality.brand.AllianceService alliance;

    @Inject
    cn.tianjin.quality.brand.BrandApplications brandParts;

    @POST
    @Path("world")
    public Map<String, Object> world(@QueryParam("text") String text, @QueryParam("later") boolean later) {
        String t = text == null ? "安全扫描" : text;
        String n = Long.toString(System.nanoTime() % 100_000_000L, 36);
        Actor official = accounts.findByUsername("it-official").orElseThrow().actor();
        Map<String, Object> world = new LinkedHashMap<>();

        Enterprise a = enterprise("扫描甲" + n + t);
        Enterprise b = enterprise("扫描乙" + n + t);
        UserAccount applicantA = fixtures.applicant("sw-a-" + n, a.getId());
        UserAccount applicantB = fixtures.applicant("sw-b-" + n, b.getId());
        UserAccount stranger = fixtures.staff("sw-rec-" + n, Role.RECOMMENDER);
        UserAccount seated = fixtures.staff("sw-x-" + n, Role.EXPERT);
        UserAccount conflicted = fixtures.staff("sw-y-" + n, Role.EXPERT);
        UserAccount lockable = fixtures.staff("sw-lock-" + n, Role.EXPERT);

        Campaign form = new Campaign();
        form.setName("安全扫描质量奖" + n + t);
        form.setYear(clock.today().getYear());
        form.setApplicationsOpen(clock.today().minusDays(1));
        form.setApplicationsClose(clock.today().plusDays(20));
        form.setRecommendationDeadline(clock.today().plusDays(30));
        Campaign c = campaigns.create(official, AwardProgramme.CODE, form, rubrics.latest("tianjin-brand-2026").orElseThrow().getId());
        c = campaigns.advance(official, c.getId(), Stage.DRAFT);

        Actor b1 = applicantB.actor();
        Application app = applications.start(b1, c.getId());
        Map<String, String> narratives = new HashMap<>();
        c.getRubric().definition().categories().forEach(cat -> narratives.put(cat.code(), "<p>" + cat.nameZh() + t + "</p>"));
        applications.save(b1, app.getId(), app.getVersion(), new ApplicationService.Form("扫描模式" + t, "模式简介" + t,
                accounts.findByUsername("it-recommender").orElseThrow().getId(), true, narratives));
        Long assessment = assessments.start(b1, "tianjin-brand-2026", "自评" + t).getId();
        selfAssessments.link(b1, app.getId(), assessment);
        Long attachment = attachments.store(b1, ApplicationDocuments.OWNER_TYPE, app.getId(), "质量手册.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).getId();
        app = applications.submit(b1, app.getId());
        attachments.store(accounts.findByUsername("it-recommender").orElseThrow().actor(), RecommendationLetters.OWNER_TYPE,
                app.getId(), "推荐函.pdf", new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        app = applications.recommend(accounts.findByUsername("it-recommender").orElseThrow().actor(), app.getId(), "同意推荐" + t);

        var round = rounds.create(official, "AWARD", "安全扫描评审" + n + t, c.getRubric().getId(), 2);
        var entry = rounds.addEntry(official, round.getId(), b.getId(), "扫描模式" + t, ApplicationDocuments.OWNER_TYPE,
                app.getId(), null);
        panels.seatByHand(official, round.getId(), entry.getId(), seated.getId());
        panels.seatByHand(official, round.getId(), entry.getId(), conflicted.getId());
        experts.declare(conflicted.actor(), b.getCreditCode(), b.getName(), ExpertConflict.Kind.FORMER_EMPLOYER, "曾任职" + t);
        var sheet = sheets.open(seated.actor(), panels.assignments(official, round.getId()).stream()
                .filter(s -> s.getExpertUserId().equals(seated.getId())).findFirst().orElseThrow().getId());
        sheets.save(seated.actor(), sheet.sheet().getId(), sheet.sheet().getVersion(), sheet.rubric().items().stream()
                .map(i -> new ScoreSheetService.ItemInput(i.code(), 60, "优势" + t, "改进" + t)).toList());
        em.find(UserAccount.class, seated.getId()).setDisplayName("专家" + t);

        DishonestyEntry listing = new DishonestyEntry();
        listing.setCreditCode(a.getCreditCode());
        listing.setEnterpriseName(a.getName());
        listing.setReason("抽查不合格" + t);
        listing.setSourceDocument("津市监信〔2026〕" + t);
        listing.setListedOn(clock.today());
        credit.add(official, listing);
        // B's CQO filing, returned by the bureau: its duties, team and the bureau's reasons carry the text.
        cn.tianjin.quality.cqo.FilingForm cqoForm = new cn.tianjin.quality.cqo.FilingForm();
        cqoForm.setPersonName("扫描首席");
        String first17 = String.format("12010219780101%03d", (int) (System.nanoTime() % 1000));
        cqoForm.setIdNumber(first17 + cn.tianjin.quality.cqo.IdentityDocument.residentCheckCharacter(first17));
        cqoForm.setEducation(cn.tianjin.quality.cqo.Education.BACHELOR);
        cqoForm.setProfessionalTitle("高级工程师");
        cqoForm.setPositionTitle("副总经理");
        cqoForm.setReportsTo("总经理");
        cqoForm.setYearsQuality(8);
        cqoForm.setAppointedOn(clock.today().minusMonths(2));
        cqoForm.setDuties("首席职责" + t);
        cqoForm.setTeam(new java.util.ArrayList<>(List.of(new cn.tianjin.quality.cqo.FilingForm.Member("扫描质量经理",
                cn.tianjin.quality.cqo.TeamRole.QUALITY_MANAGER, "首席资格" + t))));
        var cqoFiling = cqo.file(b1, b.getId(), cqoForm, "任命书.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        cqoFiling = cqo.returnFiling(official, cqoFiling.getId(), cqoFiling.getVersion(), "首席退回" + t);
        // A brand campaign run by an alliance member (its name carries the text), B's submitted brand, the member's
        // evaluator and another member's.
        var runner = alliance.admit(official, new cn.tianjin.quality.brand.AllianceService.Admission("扫描评价机构" + t,
                TestFixtures.newEnterprise("91120116MA04", "x").getCreditCode(), cn.tianjin.quality.brand.AllianceMember.Kind.EVALUATION,
                "扫描资质" + t));
        var otherMember = alliance.admit(official, new cn.tianjin.quality.brand.AllianceService.Admission("扫描另一机构" + n,
                TestFixtures.newEnterprise("91120116MA04", "y").getCreditCode(), cn.tianjin.quality.brand.AllianceMember.Kind.TESTING,
                "CMA"));
        UserAccount evaluator = fixtures.evaluator("sw-ev-" + n, runner.getId());
        UserAccount otherEvaluator = fixtures.evaluator("sw-ev2-" + n, otherMember.getId());
        Campaign brandForm = new Campaign();
        brandForm.setName("安全扫描天津品牌" + n + t);
        brandForm.setYear(clock.today().getYear());
        brandForm.setApplicationsOpen(clock.today().minusDays(1));
        brandForm.setApplicationsClose(clock.today().plusDays(20));
        brandForm.setRecommendationDeadline(clock.today().plusDays(30));
        Campaign brandCampaign = campaigns.create(official, "BRAND", brandForm, rubrics.latest("tianjin-brand-2026").orElseThrow().getId(),
                runner.getId());
        brandCampaign = campaigns.advance(official, brandCampaign.getId(), Stage.DRAFT);
        Application brand = applications.start(b1, brandCampaign.getId());
        Map<String, String> brandTexts = new HashMap<>();
        brandCampaign.getRubric().definition().categories().forEach(cat -> brandTexts.put(cat.code(), "<p>品牌" + cat.nameZh() + t + "</p>"));
        applications.save(b1, brand.getId(), brand.getVersion(), new ApplicationService.Form("扫描品牌" + t, "品牌简介" + t,
                accounts.findByUsername("it-recommender").orElseThrow().getId(), true, brandTexts));
        attachments.store(b1, ApplicationDocuments.OWNER_TYPE, brand.getId(), "品牌材料.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        brandParts.save(b1, brand.getId(), cn.tianjin.quality.brand.BrandFixtures.productForm(brandCampaign.getYear()));
        brand = applications.submit(b1, brand.getId());
        world.put("evaluator", evaluator.getUsername());
        world.put("otherEvaluator", otherEvaluator.getUsername());
        world.put("brandCampaign", brandCampaign.getId());
        world.put("brandApplication", brand.getId());
        world.put("cqoFiling", cqoFiling.getId());
        world.put("cqoLetter", cqoFiling.getLetterId());
        // B's failed spot check: B's measures and the bureau's reason for returning them carry the text.
        cn.tianjin.quality.credit.SpotCheckForm spot = new cn.tianjin.quality.credit.SpotCheckForm();
        spot.setCreditCode(b.getCreditCode());
        spot.setProduct("扫描产品" + t);
        spot.setBatch("扫描批次" + n);
        spot.setCheckedOn(clock.today().minusDays(10));
        spot.setPassed(false);
        spot.setFailedItems("扫描不合格项目" + t);
        spot.setInspectionBody("扫描检验机构" + t);
        spot.setRectifyBy(clock.today().plusDays(20));
        var failed = spotChecks.record(official, spot);
        failed = spotChecks.submit(b1, failed.getId(), failed.getVersion(), "整改措施" + t, "整改报告.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        world.put("spotEvidence", failed.getEvidenceId());
        failed = spotChecks.returnMeasures(official, failed.getId(), failed.getVersion(), "整改退回" + t, null);
        world.put("spotCheck", failed.getId());
        // A quarterly report the shared test recommender files, its first quarter filed.
        var draft = new cn.tianjin.quality.steering.ReportDraft();
        draft.setNameZh("扫描季度报送" + t);
        draft.setNameEn("Sweep quarterly " + t);
        draft.setKind(cn.tianjin.quality.steering.ReportPeriod.Kind.QUARTER);
        var quarter = cn.tianjin.quality.steering.ReportPeriod.containing(draft.getKind(), clock.today().minusMonths(4));
        draft.setFirstPeriod(quarter.key());
        draft.getFields().set(0, new cn.tianjin.quality.steering.ReportDraft.Field("扫描数字", "Sweep figure", "个", null));
        Actor recommender = accounts.findByUsername("it-recommender").orElseThrow().actor();
        draft.setFilerIds(List.of(recommender.userId()));
        var report = reports.create(official, draft);
        reports.file(recommender, report.getId(), quarter.key(), java.util.Map.of(reports.filing(recommender, report.getId(),
                quarter.key()).fields().get(0).getId(), java.math.BigDecimal.TEN), "扫描报送说明" + t);
        world.put("periodicReport", report.getId());
        world.put("cityTarget", targets.byCode("standards-led").orElseThrow().getId());
        world.put("reportPeriod", quarter.key());
        // The analysis report of an early year as a draft (one per year: the same draft for every sweep of a run).
        var analysisDraft = analysis.all(official).stream().filter(r -> r.getYear() == SWEEP_ANALYSIS_YEAR).findFirst()
                .orElseGet(() -> analysis.open(official, SWEEP_ANALYSIS_YEAR));
        world.put("analysisReport", analysisDraft.getId());
        world.put("analysisYear", analysisDraft.getYear());
        // An edition of the China Quality Award step with B's quality officer recommended, the texts carrying the payload.
        int edition = java.util.stream.IntStream.iterate(99, k -> k - 1).limit(99).filter(k -> national.rounds(official).stream()
                .noneMatch(r -> r.getEditionNo() == k)).findFirst().orElseThrow();
        NationalRound nationalRound = national.open(official, edition, clock.today().getYear(), clock.today().plusDays(30));
        String personName = ("扫描个人" + t).length() > 100 ? ("扫描个人" + t).substring(0, 100) : "扫描个人" + t;
        NationalNominee nominee = national.addPerson(official, nationalRound.getId(), nationalRound.getVersion(), b.getCreditCode(),
                personName, "扫描职务" + n);
        java.util.Map<Long, String> bodies = new java.util.HashMap<>();
        national.nominee(official, nominee.getId()).sections().forEach(sec -> bodies.put(sec.getId(), "推荐材料" + t));
        national.write(official, nominee.getId(), nominee.getVersion(), bodies);
        world.put("nationalRound", nationalRound.getId());
        world.put("nationalNominee", nominee.getId());
        // B's commitment (shown on its public profile) and an interview the bureau held with B.
        cn.tianjin.quality.credit.DeclarationForm promise = new cn.tianjin.quality.credit.DeclarationForm();
        promise.setTitle("扫描承诺" + n);
        promise.setContent("承诺内容" + t);
        promise.setDeclaredOn(clock.today());
        declarations.declare(b1, b.getId(), promise);
        interviews.record(official, b.getId(), clock.today(), "约谈事由" + t, "扫描参加人员", "约谈措施" + t);

        Map<Long, Long> seatOf = new HashMap<>();
        for (ReviewAssignment s : panels.assignments(official, round.getId())) {
            seatOf.put(s.getExpertUserId(), s.getId());
        }

        SiteVisit visit = new SiteVisit(c.getId(), app.getId(), clock.today().plusDays(7), 1L, seated.getId(), "it-official",
                clock.now());
        em.persist(visit);
        em.flush();
        em.persist(new SiteVisitMember(visit.getId(), seated.getId(), 1));

        // A title of long ago (it does not keep B out of the later campaigns), on the campaign's application.
        Title held = titles.issue(official, new TitleService.Draft(AwardProgramme.CODE, c.getId(), app.getId(), b.getId(),
                b.getCreditCode(), b.getName(), "扫描模式" + t, AwardProgramme.AWARD, 2003, "津政函〔2003〕1号",
                clock.today().minusYears(1), clock.today().minusYears(1), null));
        String serial = held.getSerial();
        // B's Tianjin brand recognised by the running member last March: its report on last year is owed now.
        int reportYear = clock.today().getYear() - 1;
        Title recognised = titles.issue(official, new TitleService.Draft("BRAND", brandCampaign.getId(), null, b.getId(),
                b.getCreditCode(), b.getName(), "扫描认定品牌" + t, "TJ_BRAND", reportYear, "津品评认〔扫描〕1号",
                LocalDate.of(reportYear, 3, 1), LocalDate.of(reportYear, 3, 1), LocalDate.of(reportYear + 3, 2, 28)), runner.getName());
        world.put("brandTitle", recognised.getId());
        world.put("brandReportYear", reportYear);

        world.put("applicantA", applicantA.getUsername());
        world.put("applicantB", applicantB.getUsername());
        world.put("enterpriseA", a.getId());
        world.put("enterpriseB", b.getId());
        world.put("nameB", b.getName());
        world.put("codeB", b.getCreditCode());
        world.put("namedRecommender", "it-recommender");
        world.put("otherRecommender", stranger.getUsername());
        world.put("seatedExpert", seated.getUsername());
        world.put("conflictedExpert", conflicted.getUsername());
        world.put("lockable", lockable.getUsername());
        world.put("campaign", c.getId());
        world.put("campaignName", c.getName());
        world.put("application", app.getId());
        world.put("attachment", attachment);
        world.put("assessment", assessment);
        world.put("round", round.getId());
        world.put("entry", entry.getId());
        world.put("seatOfSeated", seatOf.get(seated.getId()));
        world.put("seatOfConflicted", seatOf.get(conflicted.getId()));
        world.put("visit", visit.getId());
        world.put("serial", serial);
        if (later) {
            world.putAll(later(official, t, n, b, b1, seated));
        }
        return world;
    }

    /**
     * Campaigns carried on through the services officials, applicants, recommenders, experts and the public use, so
     * that the texts typed at the later stages carry the caller's text as well. The first is published: B is returned
     * once and resubmits, every eligibility check has a finding and each decision a reason, the review round's
     * disagreement on B goes to consensus (posts, a revised score with its reason, the chair's comments), feedback texts
     * are edited and released on publication, the site visit's leader reports findings, the committee votes, an
     * objection against C is upheld and one against B dismissed (each acknowledged with a note, decided with a reason),
     * the display and announcement notices are published, and B's title is revoked on an official's grounds. The second
     * is on display with an objection under investigation and one just received; the third has its committee voting,
     * the seated expert a member who has not voted yet.
     */
    private Map<String, Object> later(Actor official, String t, String n, Enterprise b, Actor applicantB, UserAccount seated) {
        fixtures.experts("sw-z-" + n, 2);
        Actor x = seated.actor();
        Actor z1 = accounts.findByUsername("sw-z-" + n + "-1").orElseThrow().actor();
        Actor z2 = accounts.findByUsername("sw-z-" + n + "-2").orElseThrow().actor();
        List<Actor> members = List.of(x, z1, z2);
        Enterprise c = enterprise("扫描丙" + n + t);
        // An applicant of C without an account, as AwardIT does: nobody logs in as C.
        Actor applicantC = new Actor(-1L, "sw-c-" + n, Role.APPLICANT, c.getId());
        String address = "10.77." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        Map<String, Object> ids = new LinkedHashMap<>();

        // The first campaign ran last week: it went on display nine days ago, so its display is over now.
        record Shown(Campaign p, Application pb, Long round, Long entryB, Long chairSeat, SiteVisit visit, Display shown) {
        }
        Shown last = clock.at(clock.now().minusDays(9), () -> {
            Campaign p = campaign(official, "安全扫描公示" + t + n);
            var rubric = p.getRubric().definition();
            Application pb = apply(applicantB, p, t, true);
            Application pc = apply(applicantC, p, t, false);
            eligible(official, p, List.of(pb, pc), t);
            Long round = campaigns.advance(official, p.getId(), Stage.ELIGIBILITY).getReviewRoundId();
            Long entryB = entryOf(official, round, pb);
            Long entryC = entryOf(official, round, pc);
            for (Actor expert : members) {
                panels.seatByHand(official, round, entryB, expert.userId());
            }
            panels.seatByHand(official, round, entryC, x.userId());
            score(x, seatOf(official, round, entryC, x), 60, t);
            Long chairSeat = discuss(official, round, entryB, members, t);
            results.lock(official, round, AggregationMethod.MEAN, results.board(official, round).round().getVersion());
            feedback.saveAll(official, entryB, rubric.categories().stream()
                    .map(cat -> new FeedbackService.Edit(cat.code(), "反馈优势" + t, "反馈改进" + t, 0)).toList());
            committee.setShortlist(official, p.getId(), List.of(pb.getId(), pc.getId()));
            members.forEach(m -> committee.appoint(official, p.getId(), m.userId()));
            campaigns.advance(official, p.getId(), Stage.REVIEW);
            SiteVisit visit = visits.plan(official, p.getId(), pb.getId(), clock.today().plusDays(3), 1, seedDrawing(x, b, pb));
            Map<String, BigDecimal> visitScores = new HashMap<>();
            rubric.categories().forEach(cat -> visitScores.put(cat.code(), BigDecimal.valueOf(cat.points() / 2)));
            visits.report(x, visit.getId(), "现场发现" + t, visitScores);
            campaigns.advance(official, p.getId(), Stage.SITE_VISIT);
            for (Actor m : members) {
                committee.vote(m, p.getId(), pb.getId(), CommitteeRules.Outcome.AWARD);
                committee.vote(m, p.getId(), pc.getId(), CommitteeRules.Outcome.NOMINATION);
            }
            committee.close(official, p.getId());
            campaigns.advance(official, p.getId(), Stage.COMMITTEE);
            Display shown = proposals.displayOf(p).orElseThrow();
            Objection upheld = object(shown, pc, t, address);
            upheld = display.acknowledge(official, upheld.getId(), upheld.getVersion(), "调查安排" + t);
            display.decide(official, upheld.getId(), upheld.getVersion(), true, "异议成立" + t);
            Objection dismissed = object(shown, pb, t, address);
            dismissed = display.acknowledge(official, dismissed.getId(), dismissed.getVersion(), "调查安排" + t);
            display.decide(official, dismissed.getId(), dismissed.getVersion(), false, "异议不成立" + t);
            return new Shown(p, pb, round, entryB, chairSeat, visit, shown);
        });
        Campaign p = last.p();
        Display shown = last.shown();
        campaigns.advance(official, p.getId(), Stage.DISPLAY);
        var published = publication.publish(official, p.getId(), campaigns.get(official, p.getId()).getVersion(), "津政函" + t,
                clock.today());
        RevocationCase revocation = titles.open(official, published.titles().get(0).getId(), "撤销依据" + t);
        titles.decide(official, revocation.getId(), revocation.getVersion(), true, "撤销决定" + t);
        Title title = published.titles().get(0);
        ids.put("published", p.getId());
        ids.put("publishedApplication", last.pb().getId());
        ids.put("publishedRound", last.round());
        ids.put("publishedEntry", last.entryB());
        ids.put("chairSeat", last.chairSeat());
        ids.put("publishedVisit", last.visit().getId());
        ids.put("publishedDisplay", shown.getId());
        ids.put("displayNotice", shown.getNoticeId());
        ids.put("announcement", published.campaign().getAnnouncementNoticeId());
        ids.put("revokedSerial", title.getSerial());

        Campaign d = campaign(official, "安全扫描异议" + t + n);
        Application db = apply(applicantB, d, t, false);
        toCommittee(official, d, db, x, members, t);
        for (Actor m : members) {
            committee.vote(m, d.getId(), db.getId(), CommitteeRules.Outcome.AWARD);
        }
        committee.close(official, d.getId());
        campaigns.advance(official, d.getId(), Stage.COMMITTEE);
        Display onDisplay = proposals.displayOf(d).orElseThrow();
        Objection investigated = object(onDisplay, db, t, address);
        display.acknowledge(official, investigated.getId(), investigated.getVersion(), "调查安排" + t);
        object(onDisplay, db, t, address);
        ids.put("onDisplay", d.getId());
        ids.put("onDisplayDisplay", onDisplay.getId());
        ids.put("onDisplayApplication", db.getId());

        Campaign k = campaign(official, "安全扫描表决" + t + n);
        Application kb = apply(applicantB, k, t, false);
        toCommittee(official, k, kb, x, members, t);
        ids.put("voting", k.getId());
        ids.put("votingApplication", kb.getId());

        // The checklist and a score revision's reason show only while their stage lasts: a campaign held in
        // eligibility review and a round held in consensus show them.
        Campaign e = campaign(official, "安全扫描资格" + t + n);
        Application eb = apply(applicantB, e, t, false);
        eligible(official, e, List.of(eb), t);
        var discussed = rounds.create(official, "AWARD", "安全扫描合议" + t + n, e.getRubric().getId(), 3);
        Long discussedEntry = rounds.addEntry(official, discussed.getId(), b.getId(), "模式" + t, ApplicationDocuments.OWNER_TYPE,
                eb.getId(), null).getId();
        members.forEach(m -> panels.seatByHand(official, discussed.getId(), discussedEntry, m.userId()));
        ids.put("inEligibility", e.getId());
        ids.put("inEligibilityApplication", eb.getId());
        ids.put("discussedRound", discussed.getId());
        ids.put("discussedSeat", discuss(official, discussed.getId(), discussedEntry, members, t));
        return ids;
    }

    /**
     * The panel (seated in this order) scores 500, 500 and 900, so every item spreads 40% and the entry goes to
     * consensus with the first in the chair; both others post, the chair posts, revises a score and records the
     * panel's score and comments. Returns the chair's seat.
     */
    private Long discuss(Actor official, Long round, Long entry, List<Actor> panel, String t) {
        score(panel.get(0), seatOf(official, round, entry, panel.get(0)), 50, t);
        score(panel.get(1), seatOf(official, round, entry, panel.get(1)), 50, t);
        score(panel.get(2), seatOf(official, round, entry, panel.get(2)), 90, t);
        results.openConsensus(official, round);
        Long chairSeat = seatOf(official, round, entry, panel.get(0));
        var rubric = rounds.round(official, round).getRubric().definition();
        consensus.post(panel.get(0), chairSeat, "合议提问" + t);
        consensus.post(panel.get(1), seatOf(official, round, entry, panel.get(1)), "合议回复" + t);
        consensus.revise(panel.get(0), chairSeat, rubric.items().get(0).code(), 55, "改分理由" + t);
        consensus.record(panel.get(0), chairSeat, BigDecimal.valueOf(rubric.totalPoints() * 7L / 10), "合议意见" + t);
        return chairSeat;
    }

    /** A campaign taking applications today, on the brand rubric, with a committee of three and one place of each kind. */
    private Campaign campaign(Actor official, String name) {
        Campaign form = new Campaign();
        form.setName(name);
        form.setYear(clock.today().getYear());
        form.setApplicationsOpen(clock.today().minusDays(1));
        form.setApplicationsClose(clock.today().plusDays(20));
        form.setRecommendationDeadline(clock.today().plusDays(30));
        Campaign c = campaigns.create(official, AwardProgramme.CODE, form, rubrics.latest("tianjin-brand-2026").orElseThrow().getId());
        AwardSettings award = (AwardSettings) settings.of(AwardSettings.class, c.getId()).copy();
        award.setCommitteeQuorum(3);
        award.setAwardQuota(1);
        award.setNominationQuota(1);
        settings.save(official, award);
        return campaigns.advance(official, c.getId(), Stage.DRAFT);
    }

    /** Applied, submitted and recommended with the test recommender's letter; returned once and resubmitted if asked. */
    private Application apply(Actor applicant, Campaign c, String t, boolean returnedOnce) {
        Actor recommender = accounts.findByUsername("it-recommender").orElseThrow().actor();
        Application a = applications.start(applicant, c.getId());
        a = applications.save(applicant, a.getId(), a.getVersion(), form(c, t, recommender.userId()));
        attachments.store(applicant, ApplicationDocuments.OWNER_TYPE, a.getId(), "质量手册.pdf", pdf());
        a = applications.submit(applicant, a.getId());
        if (returnedOnce) {
            a = applications.returnToApplicant(recommender, a.getId(), "退回意见" + t);
            a = applications.save(applicant, a.getId(), a.getVersion(), form(c, t, recommender.userId()));
            a = applications.submit(applicant, a.getId());
        }
        attachments.store(recommender, RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf", pdf());
        return applications.recommend(recommender, a.getId(), "推荐意见" + t);
    }

    private static ApplicationService.Form form(Campaign c, String t, Long recommenderId) {
        Map<String, String> narratives = new HashMap<>();
        c.getRubric().definition().categories().forEach(cat -> narratives.put(cat.code(), "<p>" + cat.nameZh() + t + "</p>"));
        return new ApplicationService.Form("模式" + t, "模式简介" + t, recommenderId, true, narratives);
    }

    /** Closes applications and recommendations, then records a finding on every check and finds each application eligible. */
    private void eligible(Actor official, Campaign c, List<Application> apps, String t) {
        campaigns.advance(official, c.getId(), Stage.OPEN);
        campaigns.advance(official, c.getId(), Stage.RECOMMENDATION);
        for (Application a : apps) {
            for (EligibilityItem item : eligibility.checklist(official, a.getId())) {
                eligibility.record(official, a.getId(), item.getCheck(), EligibilityRules.Result.PASS, "核查结论" + t);
            }
            eligibility.decide(official, a.getId(), true, "资格结论" + t);
        }
    }

    /** One entry through eligibility, a review by the seated expert alone, the shortlist and the committee's appointment. */
    private void toCommittee(Actor official, Campaign c, Application a, Actor expert, List<Actor> members, String t) {
        eligible(official, c, List.of(a), t);
        Long round = campaigns.advance(official, c.getId(), Stage.ELIGIBILITY).getReviewRoundId();
        Long entry = entryOf(official, round, a);
        panels.seatByHand(official, round, entry, expert.userId());
        score(expert, seatOf(official, round, entry, expert), 60, t);
        results.lock(official, round, AggregationMethod.MEAN, results.board(official, round).round().getVersion());
        committee.setShortlist(official, c.getId(), List.of(a.getId()));
        members.forEach(m -> committee.appoint(official, c.getId(), m.userId()));
        campaigns.advance(official, c.getId(), Stage.REVIEW);
        campaigns.advance(official, c.getId(), Stage.SITE_VISIT);
    }

    private Long entryOf(Actor official, Long round, Application a) {
        return rounds.entries(official, round).stream().filter(e -> e.getSourceId().equals(a.getId())).findFirst().orElseThrow().getId();
    }

    private Long seatOf(Actor official, Long round, Long entry, Actor expert) {
        return panels.assignments(official, round).stream()
                .filter(s -> s.getEntryId().equals(entry) && s.getExpertUserId().equals(expert.userId())).findFirst().orElseThrow()
                .getId();
    }

    private void score(Actor expert, Long seat, int percent, String t) {
        var view = sheets.open(expert, seat);
        sheets.save(expert, view.sheet().getId(), view.sheet().getVersion(), view.rubric().items().stream()
                .map(i -> new ScoreSheetService.ItemInput(i.code(), percent, "优势" + t, "改进" + t)).toList());
        sheets.submit(expert, view.sheet().getId());
    }

    private Objection object(Display d, Application a, String t, String address) {
        // The name field holds 50 characters: it gets the text's first element only.
        String name = "异议人" + (t.contains("</b>") ? t.substring(0, t.indexOf("</b>") + 4) : t);
        Long entry = display.entry(d.getId(), a.getId()).orElseThrow().getId();
        return display.object(d.getId(), new ObjectionForm(entry, name, "13912345678", "objector@sweep.example.cn",
                "该组织申报的数据与实际情况不符，异议理由" + t), List.of(), address, "zh-CN");
    }

    /**
     * A seed whose draw of a team of one, from the pool the visit service draws from, seats the given expert: the
     * visit is then the expert's to report and to read.
     */
    private long seedDrawing(Actor expert, Enterprise e, Application a) {
        List<Long> pool = experts.profiles(experts.activeExperts()).entrySet().stream()
                .filter(p -> p.getValue().isAvailable()).map(Map.Entry::getKey).toList();
        Set<Long> conflicted = pool.stream().filter(id -> experts.isConflicted(id, e.getCreditCode())).collect(Collectors.toSet());
        for (long seed = 1; ; seed++) {
            if (ExpertDraw.draw(seed, a.getId(), pool, 1, conflicted).experts().get(0).equals(expert.userId())) {
                return seed;
            }
        }
    }

    private static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** How many rows the audit log holds: every state change writes one. */
    @POST
    @Path("audit-rows")
    public Map<String, Object> auditRows() {
        return Map.of("rows", em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult());
    }

    private Enterprise enterprise(String name) {
        return enterprises.createWithoutUser(TestFixtures.newEnterprise("91120116MA09", name));
    }
}
