package cn.tianjin.quality.it;

import cn.tianjin.quality.award.ApplicationService;
import cn.tianjin.quality.award.AwardApplication;
import cn.tianjin.quality.award.AwardCampaign;
import cn.tianjin.quality.award.CampaignService;
import cn.tianjin.quality.award.CampaignStage;
import cn.tianjin.quality.award.CommitteeService;
import cn.tianjin.quality.award.EligibilityRules;
import cn.tianjin.quality.award.EligibilityService;
import cn.tianjin.quality.award.RecommendationLetters;
import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.Clock;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.AggregationMethod;
import cn.tianjin.quality.review.ResultsService;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.ScoreSheetService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test deployments only (never in the portal's WAR): sets up an award campaign whose committee is about to vote, so a
 * browser test can walk the committee, the public display and publication; and ends a display period, since a test
 * cannot wait a week. The earlier stages have their own browser journey.
 */
@Path("test-fixtures/award")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class AwardFixtures {
    @PersistenceContext
    EntityManager em;

    @Inject
    EnterpriseService enterprises;

    @Inject
    AccountService accounts;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    EligibilityService eligibility;

    @Inject
    ReviewRoundService rounds;

    @Inject
    ScoreSheetService sheets;

    @Inject
    ResultsService results;

    @Inject
    CommitteeService committee;

    @Inject
    AttachmentService attachments;

    @Inject
    cn.tianjin.quality.review.RubricService rubrics;

    @Inject
    TestFixtures fixtures;

    /** Two fresh enterprises with applicants (password as in TestFixtures), scored and shortlisted; it-panel1..3 vote. */
    @POST
    @Path("at-committee")
    public Map<String, Object> atCommittee() {
        Actor official = accounts.findByUsername("it-official").orElseThrow().actor();
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        AwardCampaign form = new AwardCampaign();
        form.setName("浏览器测试公示 " + suffix);
        form.setYear(Clock.today().getYear());
        form.setApplicationsOpen(Clock.today().minusDays(1));
        form.setApplicationsClose(Clock.today().plusDays(20));
        form.setRecommendationDeadline(Clock.today().plusDays(30));
        form.setCommitteeQuorum(3);
        form.setAwardQuota(1);
        form.setNominationQuota(1);
        AwardCampaign c = campaigns.create(official, form, rubrics.latest("tianjin-brand-2026").orElseThrow().getId());
        campaigns.advance(official, c.getId(), CampaignStage.DRAFT);
        Actor recommender = accounts.findByUsername("it-recommender").orElseThrow().actor();
        List<AwardApplication> apps = new ArrayList<>();
        List<String> applicants = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Enterprise e = enterprise(suffix + i);
            String username = "it-winner-" + suffix + i;
            UserAccount u = fixtures.applicant(username, e.getId());
            Actor applicant = u.actor();
            AwardApplication a = applications.start(applicant, c.getId());
            Map<String, String> narratives = new HashMap<>();
            c.getRubric().definition().categories().forEach(cat -> narratives.put(cat.code(), "<p>做法与成效。</p>"));
            applications.save(applicant, a.getId(), a.getVersion(), new ApplicationService.Form("测试质量管理模式" + suffix + i,
                    "以顾客为中心。", recommender.userId(), true, narratives, Map.of()));
            applications.submit(applicant, a.getId());
            attachments.store(recommender, RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf",
                    new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            apps.add(applications.recommend(recommender, a.getId(), "同意推荐"));
            applicants.add(username);
        }
        campaigns.advance(official, c.getId(), CampaignStage.OPEN);
        campaigns.advance(official, c.getId(), CampaignStage.RECOMMENDATION);
        for (AwardApplication a : apps) {
            eligibility.checklist(official, a.getId());
            eligibility.record(official, a.getId(), EligibilityRules.Check.ACCIDENTS, EligibilityRules.Result.PASS, "无事故");
            eligibility.decide(official, a.getId(), true, "符合条件");
        }
        Long roundId = campaigns.advance(official, c.getId(), CampaignStage.ELIGIBILITY).getReviewRoundId();
        Actor expert = accounts.findByUsername("it-panel4").orElseThrow().actor();
        var entries = rounds.entries(official, roundId);
        entries.forEach(entry -> rounds.seatByHand(official, roundId, entry.getId(), expert.userId()));
        for (var seat : rounds.assignments(official, roundId)) {
            int percent = entries.get(0).getId().equals(seat.getEntryId()) ? 80 : 60;
            var sheet = sheets.open(expert, seat.getId());
            sheets.save(expert, sheet.sheet().getId(), sheet.sheet().getVersion(), sheet.rubric().items().stream()
                    .map(item -> new ScoreSheetService.ItemInput(item.code(), percent, null, null)).toList());
            sheets.submit(expert, sheet.sheet().getId());
        }
        results.lock(official, roundId, AggregationMethod.MEAN, results.board(official, roundId).round().getVersion());
        committee.setShortlist(official, c.getId(), apps.stream().map(AwardApplication::getId).toList());
        campaigns.advance(official, c.getId(), CampaignStage.REVIEW);
        campaigns.advance(official, c.getId(), CampaignStage.SITE_VISIT);
        for (int i = 1; i <= 3; i++) {
            committee.appoint(official, c.getId(), accounts.findByUsername("it-panel" + i).orElseThrow().getId());
        }
        return Map.of("campaign", c.getId(), "applications", apps.stream().map(AwardApplication::getId).toList(),
                "models", apps.stream().map(AwardApplication::getModelName).toList(), "applicants", applicants);
    }

    /** Experts made unavailable by {@link #onlyInPool}, to be made available again by {@link #restorePool}. */
    private static final java.util.Set<Long> SET_ASIDE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Inject
    cn.tianjin.quality.review.ExpertService experts;

    /** Two fresh enterprises, each with an applicant account (password as in TestFixtures), not yet applying. */
    @POST
    @Path("applicants")
    public Map<String, Object> applicants() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        List<String> usernames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Enterprise e = enterprise(suffix + i);
            usernames.add(fixtures.applicant("it-cycle-" + suffix + i, e.getId()).getUsername());
            names.add(e.getName());
        }
        return Map.of("applicants", usernames, "enterprises", names);
    }

    /**
     * Leaves only the named expert available for site visits, so a browser test knows who will lead the drawn team
     * (the pool of a shared test database holds accounts other tests made).
     */
    @POST
    @Path("site-visit-pool/{username}")
    public Map<String, Object> onlyInPool(@PathParam("username") String username) {
        Actor official = accounts.findByUsername("it-official").orElseThrow().actor();
        for (UserAccount u : experts.activeExperts()) {
            var profile = experts.profile(official, u.getId());
            if (!u.getUsername().equals(username) && profile.isAvailable()) {
                if (profile.getOrganisation() == null || profile.getOrganisation().isBlank()) {
                    profile.setOrganisation("测试专家库");
                }
                if (profile.getTitle() == null || profile.getTitle().isBlank()) {
                    profile.setTitle("高级工程师");
                }
                profile.setAvailable(false);
                experts.saveProfile(official, u.getId(), profile);
                SET_ASIDE.add(u.getId());
            }
        }
        return Map.of("setAside", SET_ASIDE.size());
    }

    @POST
    @Path("site-visit-pool/restore")
    public Map<String, Object> restorePool() {
        Actor official = accounts.findByUsername("it-official").orElseThrow().actor();
        for (Long id : List.copyOf(SET_ASIDE)) {
            var profile = experts.profile(official, id);
            profile.setAvailable(true);
            experts.saveProfile(official, id, profile);
            SET_ASIDE.remove(id);
        }
        return Map.of("restored", true);
    }

    /** The display of the campaign began a week ago and ended yesterday. */
    @POST
    @Path("{campaign}/display-ended")
    public Map<String, Object> displayEnded(@PathParam("campaign") Long campaignId) {
        em.createQuery("UPDATE AwardCampaign c SET c.displayFrom = :f, c.displayUntil = :u WHERE c.id = :id")
                .setParameter("f", Clock.today().minusDays(7)).setParameter("u", Clock.today().minusDays(1))
                .setParameter("id", campaignId).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return Map.of("campaign", campaignId);
    }

    private Enterprise enterprise(String suffix) {
        StringBuilder body = new StringBuilder("91120116MA08");
        for (int i = 0; i < 5; i++) {
            body.append(ThreadLocalRandom.current().nextInt(10));
        }
        Enterprise e = new Enterprise();
        e.setCreditCode(CreditCode.withCheckCharacter(body.toString()));
        e.setName("浏览器测试获奖企业" + suffix);
        e.setDistrictCode("120116");
        e.setAddress("天津市测试路3号");
        e.setIndustry(Industry.C);
        e.setSize(SizeClass.MEDIUM);
        e.setFoundedOn(LocalDate.of(2011, 3, 1));
        e.setLegalRepresentative("测试人");
        e.setContactPerson("联系人");
        e.setPhone("022-12345678");
        e.setEmail("winner" + suffix + "@test.example.cn");
        return enterprises.createWithoutUser(e);
    }
}
