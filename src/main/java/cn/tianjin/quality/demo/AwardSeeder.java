package cn.tianjin.quality.demo;

import cn.tianjin.quality.award.ApplicationService;
import cn.tianjin.quality.award.AwardApplication;
import cn.tianjin.quality.award.AwardCampaign;
import cn.tianjin.quality.award.CampaignService;
import cn.tianjin.quality.award.CampaignStage;
import cn.tianjin.quality.award.CommitteeRules;
import cn.tianjin.quality.award.CommitteeService;
import cn.tianjin.quality.award.DisplayService;
import cn.tianjin.quality.award.EligibilityRules;
import cn.tianjin.quality.award.EligibilityService;
import cn.tianjin.quality.award.Objection;
import cn.tianjin.quality.award.ObjectionForm;
import cn.tianjin.quality.award.PublicationService;
import cn.tianjin.quality.award.RecommendationLetters;
import cn.tianjin.quality.award.SiteVisit;
import cn.tianjin.quality.award.SiteVisitService;
import cn.tianjin.quality.award.TitleService;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.AggregationMethod;
import cn.tianjin.quality.review.PanelService;
import cn.tianjin.quality.review.ResultsService;
import cn.tianjin.quality.review.ReviewAssignment;
import cn.tianjin.quality.review.ReviewEntry;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.ScoreSheetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The Quality Award's demo campaigns: this year's taking applications, one whose committee is voting (log in as
 * expert3 to vote), and one finished two years ago (an objection upheld, three titles, one revoked).
 */
@ApplicationScoped
class AwardSeeder {
    private static final Logger LOG = Logger.getLogger(AwardSeeder.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AccountSeeder accountSeeder;

    @Inject
    RubricService rubrics;

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ScoreSheetService sheets;

    @Inject
    ResultsService results;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    EligibilityService eligibility;

    @Inject
    CommitteeService committee;

    @Inject
    SiteVisitService visits;

    @Inject
    AttachmentService attachments;

    @Inject
    DisplayService display;

    @Inject
    PublicationService publication;

    @Inject
    TitleService titles;

    void seed(List<Enterprise> made) {
        openAwardCampaign();
        finishedCampaign(made);
        committeeCampaign(made);
    }

    /** This year's award campaign, taking applications, so the demo applicant can apply at once. */
    void openAwardCampaign() {
        AwardCampaign form = new AwardCampaign();
        int year = clock.today().getYear();
        form.setName(year + "年度天津质量奖（演示）");
        form.setYear(year);
        form.setApplicationsOpen(clock.today().minusDays(10));
        form.setApplicationsClose(clock.today().plusDays(50));
        form.setRecommendationDeadline(clock.today().plusDays(70));
        AwardCampaign c = campaigns.create(Actor.system(), form, rubrics.latest("gbt19580-2012").orElseThrow().getId());
        campaigns.advance(Actor.system(), c.getId(), CampaignStage.DRAFT);
    }

    /**
     * A campaign whose committee is voting: three applications recommended, found eligible, scored by a drawn panel of
     * five, shortlisted, visited and reported; two members have voted, the others (expert3 to expert5) still can.
     */
    private void committeeCampaign(List<Enterprise> made) {
        Actor official = accountSeeder.actor("official");
        int year = clock.today().getYear();
        AtCommittee c = campaignAtCommittee(year + "年度天津质量奖（演示·委员会审议）", year, made, new int[] {12, 13, 14}, 20260315L);
        for (String member : List.of("expert1", "expert2")) {
            for (AwardApplication a : c.applied()) {
                committee.vote(accountSeeder.actor(member), c.campaign().getId(), a.getId(),
                        a == c.applied().get(0) ? CommitteeRules.Outcome.AWARD : CommitteeRules.Outcome.NOMINATION);
            }
        }
        LOG.fine(() -> "Demo campaign at the committee: " + c.campaign().getId() + " by " + official.username());
    }

    /**
     * A campaign of two years ago, finished: four entries went to the committee, an objection against one was upheld
     * during the display (its place stayed empty), the city approved, the winners were published with certificates,
     * and one title was later revoked after a spot-check failure.
     */
    private void finishedCampaign(List<Enterprise> made) {
        Actor official = accountSeeder.actor("official");
        int year = clock.today().getYear() - 2;
        AtCommittee c = campaignAtCommittee(year + "年度天津质量奖", year, made, new int[] {15, 16, 17, 18}, 20240315L);
        Long id = c.campaign().getId();
        CommitteeRules.Outcome[] votes = {CommitteeRules.Outcome.AWARD, CommitteeRules.Outcome.AWARD,
                CommitteeRules.Outcome.NOMINATION, CommitteeRules.Outcome.NOMINATION};
        for (int i = 1; i <= 5; i++) {
            for (int k = 0; k < c.applied().size(); k++) {
                committee.vote(accountSeeder.actor("expert" + i), id, c.applied().get(k).getId(), votes[k]);
            }
        }
        committee.close(official, id);
        campaigns.advance(official, id, CampaignStage.COMMITTEE);
        Objection o = display.object(id, new ObjectionForm(c.applied().get(3).getId(), "陈建华", "13820001234", "chen.jianhua@example.cn",
                "该企业申报材料中所列的省级质量奖项实为行业协会评选，与申报表述不符，请予核查。"), List.of(), null);
        Objection taken = display.acknowledge(official, o.getId(), o.getVersion(), "向颁奖协会函询并调取原始文件。");
        display.decide(official, o.getId(), taken.getVersion(), true, "经函询核实，申报材料对所获荣誉的表述与事实不符，异议成立。");
        // The campaign happened two years ago: its visits and display took place then.
        LocalDate displayFrom = LocalDate.of(year, 11, 3);
        em.flush();
        em.createQuery("UPDATE AwardCampaign c SET c.displayFrom = :f, c.displayUntil = :u WHERE c.id = :id")
                .setParameter("f", displayFrom).setParameter("u", displayFrom.plusDays(6)).setParameter("id", id).executeUpdate();
        em.createQuery("UPDATE SiteVisit v SET v.visitDate = :d WHERE v.campaignId = :id")
                .setParameter("d", LocalDate.of(year, 9, 15)).setParameter("id", id).executeUpdate();
        em.refresh(em.find(AwardCampaign.class, id));
        campaigns.advance(official, id, CampaignStage.DISPLAY);
        AwardCampaign approving = campaigns.get(official, id);
        LocalDate approved = displayFrom.plusDays(20);
        var published = publication.publish(official, id, approving.getVersion(), "津政函〔" + year + "〕118号", approved);
        em.createQuery("UPDATE AwardTitle t SET t.publishedOn = :d WHERE t.campaignId = :id")
                .setParameter("d", approved.plusDays(5)).setParameter("id", id).executeUpdate();
        published.titles().forEach(em::refresh);
        var title = published.titles().get(published.titles().size() - 1);
        var revocation = titles.open(official, title.getId(), "监督抽查中该企业主导产品连续两次不合格，不再符合获奖组织的条件。");
        titles.decide(official, revocation.getId(), revocation.getVersion(), true, "经审查，依据评审管理办法撤销其天津质量奖提名奖称号，收回证书。");
    }

    /** A campaign and its applications, as far as the committee's vote. */
    private record AtCommittee(AwardCampaign campaign, List<AwardApplication> applied) {
    }

    /**
     * A campaign taken as far as its committee: the given enterprises apply and are recommended, found eligible, scored
     * by a drawn panel of five (the first entry best), shortlisted and visited; expert1 to expert5 are its committee.
     */
    private AtCommittee campaignAtCommittee(String name, int year, List<Enterprise> made, int[] enterprises, long seed) {
        Actor official = accountSeeder.actor("official");
        LocalDate today = clock.today();
        AwardCampaign form = new AwardCampaign();
        form.setName(name);
        form.setYear(year);
        form.setApplicationsOpen(today.minusDays(1));
        form.setApplicationsClose(today.plusDays(1));
        form.setRecommendationDeadline(today.plusDays(2));
        form.setCommitteeQuorum(3);
        AwardCampaign c = campaigns.create(official, form, rubrics.latest("gbt19580-2012").orElseThrow().getId());
        campaigns.advance(official, c.getId(), CampaignStage.DRAFT);
        RubricDefinition rubric = c.getRubric().definition();
        List<AwardApplication> applied = new ArrayList<>();
        for (int i : enterprises) {
            Enterprise e = made.get(i);
            Actor applicant = new Actor(null, "demo-" + e.getCreditCode(), Role.APPLICANT, e.getId());
            AwardApplication a = applications.start(applicant, c.getId());
            Map<String, String> narratives = new HashMap<>();
            rubric.categories().forEach(cat -> narratives.put(cat.code(), "<p>" + e.getName() + "在" + cat.nameZh()
                    + "方面建立了制度化的做法，并以数据跟踪成效。</p>"));
            applications.save(applicant, a.getId(), a.getVersion(), new ApplicationService.Form(e.getName().replace("有限公司", "")
                    + "质量管理模式", "以顾客为中心、全员参与、持续改进的质量管理模式。", a.getRecommenderUserId(), true, narratives, Map.of()));
            applications.submit(applicant, a.getId());
            Actor recommender = em.find(UserAccount.class, a.getRecommenderUserId()).actor();
            attachments.store(recommender, RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf",
                    new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            applied.add(applications.recommend(recommender, a.getId(), "该企业质量管理基础扎实，同意推荐。"));
        }
        campaigns.advance(official, c.getId(), CampaignStage.OPEN);
        AwardCampaign dated = campaigns.get(official, c.getId());
        LocalDate close = year == today.getYear() ? today.minusDays(60) : LocalDate.of(year, 5, 31);
        dated.setApplicationsOpen(close.minusDays(60));
        dated.setApplicationsClose(close);
        dated.setRecommendationDeadline(close.plusDays(15));
        campaigns.update(official, c.getId(), dated.getVersion(), dated);
        campaigns.advance(official, c.getId(), CampaignStage.RECOMMENDATION);
        for (AwardApplication a : applied) {
            eligibility.checklist(official, a.getId());
            eligibility.record(official, a.getId(), EligibilityRules.Check.ACCIDENTS, EligibilityRules.Result.PASS,
                    "经向应急管理和生态环境部门核实，近五年无事故记录。");
            eligibility.decide(official, a.getId(), true, "各项条件均符合，进入材料评审。");
        }
        Long roundId = campaigns.advance(official, c.getId(), CampaignStage.ELIGIBILITY).getReviewRoundId();
        panels.assignByDraw(official, roundId, seed);
        List<Long> entryIds = rounds.entries(official, roundId).stream().map(ReviewEntry::getId).toList();
        for (ReviewAssignment seat : panels.assignments(official, roundId)) {
            UserAccount expert = em.find(UserAccount.class, seat.getExpertUserId());
            // The panels agree here (no expert stands out), so the results lock without a consensus step.
            int percent = 75 - 10 * entryIds.indexOf(seat.getEntryId());
            var sheet = sheets.open(expert.actor(), seat.getId());
            sheets.save(expert.actor(), sheet.sheet().getId(), sheet.sheet().getVersion(), sheet.rubric().items().stream()
                    .map(item -> new ScoreSheetService.ItemInput(item.code(), percent, "做法系统，证据充分。", "建议加强趋势对比。"))
                    .toList());
            sheets.submit(expert.actor(), sheet.sheet().getId());
        }
        results.lock(official, roundId, AggregationMethod.TRIMMED, results.board(official, roundId).round().getVersion());
        committee.setShortlist(official, c.getId(), applied.stream().map(AwardApplication::getId).toList());
        campaigns.advance(official, c.getId(), CampaignStage.REVIEW);
        for (AwardApplication a : applied) {
            SiteVisit visit = visits.plan(official, c.getId(), a.getId(), today, 3, seed + 86 + a.getId());
            Actor leader = em.find(UserAccount.class, visit.getLeaderUserId()).actor();
            Map<String, BigDecimal> scores = new HashMap<>();
            rubric.categories().forEach(cat -> scores.put(cat.code(), BigDecimal.valueOf(cat.points() * 6L / 10)));
            visits.report(leader, visit.getId(), "现场查看了生产、检验和顾客服务过程，与申报材料一致；关键绩效指标呈改善趋势。", scores);
        }
        campaigns.advance(official, c.getId(), CampaignStage.SITE_VISIT);
        for (int i = 1; i <= 5; i++) {
            committee.appoint(official, c.getId(), accountSeeder.actor("expert" + i).userId());
        }
        return new AtCommittee(campaigns.get(official, c.getId()), applied);
    }
}
