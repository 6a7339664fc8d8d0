package cn.tianjin.quality.demo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.ApplicationService;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.programme.EligibilityItem;
import cn.tianjin.quality.programme.EligibilityRules;
import cn.tianjin.quality.programme.EligibilityService;
import cn.tianjin.quality.programme.Programmes;
import cn.tianjin.quality.programme.RecommendationLetters;
import cn.tianjin.quality.programme.Stage;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The steps every programme's demo campaign takes on the shared workflow, as the real services take them: a campaign
 * opened, enterprises applying and their district offices recommending, eligibility found, and the materials review
 * scored by a drawn panel and locked. Each step runs at the portal's time of the calling thread, which the programme's
 * seeder sets ({@link PortalClock#at}) for campaigns of other days.
 */
@ApplicationScoped
class CampaignSeeder {
    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AccountSeeder accounts;

    @Inject
    RubricService rubrics;

    @Inject
    Programmes programmes;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    EligibilityService eligibility;

    @Inject
    AttachmentService attachments;

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ScoreSheetService sheets;

    @Inject
    ResultsService results;

    /** A campaign of a programme taking applications from today for {@code weeks} weeks, on the programme's rubric. */
    Campaign open(String programme, String name, int year, int weeks) {
        return open(programme, name, year, weeks, null);
    }

    /** A campaign as {@link #open(String, String, int, int)}, run by an organisation (an alliance member) when not null. */
    Campaign open(String programme, String name, int year, int weeks, Long organisationId) {
        return open(programme, name, year, weeks, organisationId, form -> { });
    }

    /** A campaign as {@link #open(String, String, int, int, Long)}, its settings adjusted by {@code settings} first. */
    Campaign open(String programme, String name, int year, int weeks, Long organisationId, Consumer<Campaign> settings) {
        return open(programme, name, year, weeks, organisationId, settings, drafted -> { });
    }

    /**
     * A campaign as {@link #open(String, String, int, int, Long, Consumer)}, {@code drafted} given the campaign while it
     * is still a draft (to set the programme's own settings, fixed once applications open).
     */
    Campaign open(String programme, String name, int year, int weeks, Long organisationId, Consumer<Campaign> settings,
                  Consumer<Campaign> drafted) {
        Actor official = accounts.actor("official");
        LocalDate today = clock.today();
        Campaign form = new Campaign();
        form.setName(name);
        form.setYear(year);
        form.setApplicationsOpen(today);
        form.setApplicationsClose(today.plusWeeks(weeks));
        form.setRecommendationDeadline(today.plusWeeks(weeks + 2L));
        settings.accept(form);
        Campaign c = campaigns.create(official, programme, form,
                rubrics.latest(programmes.get(programme).defaultRubric()).orElseThrow().getId(), organisationId);
        drafted.accept(c);
        return campaigns.advance(official, c.getId(), Stage.DRAFT);
    }

    /** Each enterprise applies with a section per category; its district office recommends it with a stamped letter. */
    List<Application> applyAndRecommend(Campaign c, List<Enterprise> enterprises, String subjectSuffix, String description) {
        return applyAndRecommend(c, enterprises, e -> e.getName().replace("有限公司", "") + subjectSuffix, description,
                (applicant, a) -> { });
    }

    /**
     * As {@link #applyAndRecommend(Campaign, List, String, String)}, each subject named by {@code subject} and the
     * programme's own part of the application filled by {@code ownPart} before it is submitted.
     */
    List<Application> applyAndRecommend(Campaign c, List<Enterprise> enterprises, Function<Enterprise, String> subject,
                                        String description, BiConsumer<Actor, Application> ownPart) {
        RubricDefinition rubric = c.getRubric().definition();
        List<Application> applied = new ArrayList<>();
        for (Enterprise e : enterprises) {
            Actor applicant = new Actor(null, "demo-" + e.getCreditCode(), Role.APPLICANT, e.getId());
            Application a = applications.start(applicant, c.getId());
            Map<String, String> sections = new HashMap<>();
            rubric.categories().forEach(cat -> sections.put(cat.code(), "<p>" + e.getName() + "在" + cat.nameZh()
                    + "方面建立了制度化的做法，并以数据跟踪成效。</p>"));
            applications.save(applicant, a.getId(), a.getVersion(), new ApplicationService.Form(
                    subject.apply(e), description, a.getRecommenderUserId(), true, sections));
            ownPart.accept(applicant, a);
            applications.submit(applicant, a.getId());
            Actor recommender = em.find(UserAccount.class, a.getRecommenderUserId()).actor();
            attachments.store(recommender, RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf",
                    new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            applied.add(applications.recommend(recommender, a.getId(), "该企业质量管理基础扎实，同意推荐。"));
        }
        return applied;
    }

    /** Applications closed: the campaign goes to recommendation and on to eligibility. */
    void toEligibility(Campaign c) {
        Actor official = accounts.actor("official");
        campaigns.advance(official, c.getId(), Stage.OPEN);
        campaigns.advance(official, c.getId(), Stage.RECOMMENDATION);
    }

    /** Every application found eligible, the checks the portal cannot decide confirmed by the official. */
    void allEligible(List<Application> applied) {
        Actor official = accounts.actor("official");
        for (Application a : applied) {
            for (EligibilityItem item : eligibility.checklist(official, a.getId())) {
                if (item.getAutoResult() == EligibilityRules.Result.REVIEW) {
                    eligibility.record(official, a.getId(), item.getCheck(), EligibilityRules.Result.PASS,
                            "经向相关部门核实，符合条件。");
                }
            }
            eligibility.decide(official, a.getId(), true, "各项条件均符合，进入材料评审。");
        }
    }

    /**
     * Leaving eligibility opens the review round; a panel drawn with the seed scores the entries (the first best, each
     * next ten points lower, the panels agreeing) and the official locks the trimmed mean.
     */
    Long reviewed(Campaign c, long seed, int firstPercent) {
        Actor official = accounts.actor("official");
        Long roundId = campaigns.advance(official, c.getId(), Stage.ELIGIBILITY).getReviewRoundId();
        panels.assignByDraw(official, roundId, seed);
        List<Long> entryIds = rounds.entries(official, roundId).stream().map(ReviewEntry::getId).toList();
        for (ReviewAssignment seat : panels.assignments(official, roundId)) {
            UserAccount expert = em.find(UserAccount.class, seat.getExpertUserId());
            int percent = Math.max(0, firstPercent - 10 * entryIds.indexOf(seat.getEntryId()));
            var sheet = sheets.open(expert.actor(), seat.getId());
            sheets.save(expert.actor(), sheet.sheet().getId(), sheet.sheet().getVersion(), sheet.rubric().items().stream()
                    .map(item -> new ScoreSheetService.ItemInput(item.code(), percent, "做法系统，证据充分。", "建议加强趋势对比。"))
                    .toList());
            sheets.submit(expert.actor(), sheet.sheet().getId());
        }
        results.lock(official, roundId, AggregationMethod.TRIMMED, results.board(official, roundId).round().getVersion());
        return roundId;
    }
}
