package cn.tianjin.quality.award;

import cn.tianjin.quality.assessment.SelfAssessmentService;
import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.Clock;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.ExpertConflict;
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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test deployments only: the small world the security sweeps probe. Two fresh enterprises (A and B) with an applicant
 * each; B applies (materials attached, the shared test recommender named), starts a self-assessment, is an entry in a
 * review round with two seated experts, one of whom later declares a conflict with B, is visited by the first expert
 * and holds a title. A recommender who was not named comes too. Every free text the applicant and the experts type is
 * the text given by the caller (names, model, narratives, opinion, labels, titles, conflict note, score-sheet
 * comments, an expert's name, A's dishonesty listing), so the cross-site-scripting sweep can plant its payload in all
 * of them at once.
 */
@Path("test-fixtures/sweep")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class SweepFixtures {
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
    ExpertService experts;

    @Inject
    ScoreSheetService sheets;

    @Inject
    CreditService credit;

    @POST
    @Path("world")
    public Map<String, Object> world(@QueryParam("text") String text) {
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

        AwardCampaign form = new AwardCampaign();
        form.setName("安全扫描质量奖" + n + t);
        form.setYear(Clock.today().getYear());
        form.setApplicationsOpen(Clock.today().minusDays(1));
        form.setApplicationsClose(Clock.today().plusDays(20));
        form.setRecommendationDeadline(Clock.today().plusDays(30));
        AwardCampaign c = campaigns.create(official, form, rubrics.latest("tianjin-brand-2026").orElseThrow().getId());
        c = campaigns.advance(official, c.getId(), CampaignStage.DRAFT);

        Actor b1 = applicantB.actor();
        AwardApplication app = applications.start(b1, c.getId());
        Map<String, String> narratives = new HashMap<>();
        Map<String, Integer> scores = new HashMap<>();
        var rubric = c.getRubric().definition();
        rubric.categories().forEach(cat -> narratives.put(cat.code(), "<p>" + cat.nameZh() + t + "</p>"));
        rubric.items().forEach(i -> scores.put(i.code(), 60));
        applications.save(b1, app.getId(), app.getVersion(), new ApplicationService.Form("扫描模式" + t, "模式简介" + t,
                accounts.findByUsername("it-recommender").orElseThrow().getId(), true, narratives, scores));
        Long attachment = attachments.store(b1, ApplicationDocuments.OWNER_TYPE, app.getId(), "质量手册.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).getId();
        app = applications.submit(b1, app.getId());
        attachments.store(accounts.findByUsername("it-recommender").orElseThrow().actor(), RecommendationLetters.OWNER_TYPE,
                app.getId(), "推荐函.pdf", new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        app = applications.recommend(accounts.findByUsername("it-recommender").orElseThrow().actor(), app.getId(), "同意推荐" + t);
        Long assessment = assessments.start(b1, "tianjin-brand-2026", "自评" + t).getId();

        var round = rounds.create(official, "AWARD", "安全扫描评审" + n + t, c.getRubric().getId(), 2);
        var entry = rounds.addEntry(official, round.getId(), b.getId(), "扫描模式" + t, ApplicationDocuments.OWNER_TYPE,
                app.getId(), null);
        rounds.seatByHand(official, round.getId(), entry.getId(), seated.getId());
        rounds.seatByHand(official, round.getId(), entry.getId(), conflicted.getId());
        experts.declare(conflicted.actor(), b.getCreditCode(), b.getName(), ExpertConflict.Kind.FORMER_EMPLOYER, "曾任职" + t);
        var sheet = sheets.open(seated.actor(), rounds.assignments(official, round.getId()).stream()
                .filter(s -> s.getExpertUserId().equals(seated.getId())).findFirst().orElseThrow().getId());
        sheets.save(seated.actor(), sheet.sheet().getId(), sheet.sheet().getVersion(), sheet.rubric().items().stream()
                .map(i -> new ScoreSheetService.ItemInput(i.code(), 60, "优势" + t, "改进" + t)).toList());
        em.find(UserAccount.class, seated.getId()).setDisplayName("专家" + t);

        DishonestyEntry listing = new DishonestyEntry();
        listing.setCreditCode(a.getCreditCode());
        listing.setEnterpriseName(a.getName());
        listing.setReason("抽查不合格" + t);
        listing.setSourceDocument("津市监信〔2026〕" + t);
        listing.setListedOn(Clock.today());
        credit.add(official, listing);
        Map<Long, Long> seatOf = new HashMap<>();
        for (ReviewAssignment s : rounds.assignments(official, round.getId())) {
            seatOf.put(s.getExpertUserId(), s.getId());
        }

        SiteVisit visit = new SiteVisit(c.getId(), app.getId(), Clock.today().plusDays(7), 1L, seated.getId(), "it-official",
                Clock.now());
        em.persist(visit);
        em.flush();
        em.persist(new SiteVisitMember(visit.getId(), seated.getId(), 1));

        String serial = null;
        for (int s = ThreadLocalRandom.current().nextInt(1, 90); serial == null; s++) {
            String candidate = CertificateSerial.of(2003, CertificateSerial.AWARD, s);
            if (em.createQuery("SELECT COUNT(t) FROM AwardTitle t WHERE t.serial = :s", Long.class)
                    .setParameter("s", candidate).getSingleResult() == 0) {
                serial = candidate;
            }
        }
        // The title copies the campaign's approval document; the campaign itself stays unpublished.
        AwardCampaign managed = em.find(AwardCampaign.class, c.getId());
        managed.published("津政函〔2003〕1号", null, null, null);
        em.persist(new AwardTitle(managed, app, b.getCreditCode(), b.getName(), CommitteeRules.Outcome.AWARD, serial,
                Clock.today().minusYears(1)));
        em.flush();
        managed.published(null, null, null, null);

        world.put("applicantA", applicantA.getUsername());
        world.put("applicantB", applicantB.getUsername());
        world.put("enterpriseA", a.getId());
        world.put("enterpriseB", b.getId());
        world.put("nameB", b.getName());
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
        return world;
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
