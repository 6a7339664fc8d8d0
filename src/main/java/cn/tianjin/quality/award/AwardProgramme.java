package cn.tianjin.quality.award;

import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignSettings;
import cn.tianjin.quality.programme.EligibilityRules;
import cn.tianjin.quality.programme.Programme;
import cn.tianjin.quality.programme.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Tianjin Quality Award (天津质量奖, with its nomination award 提名奖) on the shared workflow. What is its own: every
 * stage, site visits of the shortlist and a committee that votes; the quality-management model an application names;
 * the accident check at eligibility; the proposal from the committee's decisions, quotas as ceilings; freed places
 * given again by the committee's rule; titles that do not lapse.
 */
@ApplicationScoped
public class AwardProgramme implements Programme {
    /** The award's code in campaigns, rubrics, rounds, titles and notices. */
    public static final String CODE = "AWARD";
    /** The level of 天津质量奖 itself, and of its nomination award. */
    public static final String AWARD = "AWARD";
    public static final String NOMINATION = "NOMINATION";
    /** The check of major quality, safety and environmental accidents, of which the portal holds no register. */
    public static final String ACCIDENTS = "ACCIDENTS";

    private static final List<Stage> STAGES = List.of(Stage.values());
    private static final List<Level> LEVELS = List.of(new Level(AWARD, 'A'), new Level(NOMINATION, 'N'));

    @Inject
    CampaignSettingsService settings;

    @Inject
    CommitteeService committee;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Stage> stages() {
        return STAGES;
    }

    @Override
    public String subjectKind() {
        return "MODEL";
    }

    @Override
    public String defaultRubric() {
        return "gbt19580-2012";
    }

    @Override
    public String serialPrefix() {
        return "TQA";
    }

    @Override
    public List<Level> levels() {
        return LEVELS;
    }

    @Override
    public Optional<Class<? extends CampaignSettings>> settingsType() {
        return Optional.of(AwardSettings.class);
    }

    @Override
    public List<EligibilityRules.Outcome> ownChecks(Campaign c, Application a, LocalDate today) {
        AwardSettings s = settings.of(AwardSettings.class, c.getId());
        return List.of(EligibilityRules.outcome(ACCIDENTS, EligibilityRules.Result.REVIEW, "eligibility.accidents.review",
                s.getAccidentLookbackYears(), s.getMajorLookbackYears()));
    }

    /** The shortlist in ranking order, each entry at the level the closed committee vote decided. */
    @Override
    public List<Proposal> propose(Actor actor, Campaign c) {
        List<ShortlistEntry> shortlist = committee.shortlist(c.getId());
        List<Proposal> proposal = new ArrayList<>();
        for (ShortlistEntry s : shortlist) {
            CommitteeRules.Outcome outcome = committee.count(s.getApplicationId(), false).getOutcome();
            if (outcome == null) {
                throw new BusinessException("display.committeeOpen");
            }
            proposal.add(new Proposal(s.getApplicationId(), s.getRank(), level(outcome)));
        }
        if (proposal.isEmpty()) {
            throw new BusinessException("display.committeeOpen");
        }
        return proposal;
    }

    /** The committee's rule applied again to the entries left, on the votes as they were cast. */
    @Override
    public Map<Long, String> afterRemoval(Campaign c, List<Proposal> ranked, Set<Long> removed) {
        List<CommitteeRules.Tally> tallies = ranked.stream()
                .map(p -> committee.count(p.applicationId(), false).tally()).toList();
        CommitteeRules.Rules rules = settings.of(AwardSettings.class, c.getId()).committeeRules();
        List<CommitteeRules.Outcome> now = CommitteeRules.afterRemoval(rules, tallies, removed);
        Map<Long, String> levels = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            levels.put(ranked.get(i).applicationId(), level(now.get(i)));
        }
        return levels;
    }

    @Override
    public Optional<Boolean> shortlisted(Long applicationId) {
        return Optional.of(committee.isShortlisted(applicationId));
    }

    @Override
    public Optional<String> settingsPage() {
        return Optional.of("/WEB-INF/programmes/award/settings.xhtml");
    }

    @Override
    public Optional<String> applicationPage() {
        return Optional.of("/WEB-INF/programmes/award/application.xhtml");
    }

    @Override
    public List<Link> campaignLinks(Campaign c) {
        if (c.getReviewRoundId() == null) {
            return List.of();
        }
        return List.of(new Link("toVisits", "visit.title", "/official/site-visits?id=" + c.getId()),
                new Link("toCommittee", "committee.title", "/official/committee?id=" + c.getId()));
    }

    private static String level(CommitteeRules.Outcome outcome) {
        return switch (outcome) {
            case AWARD -> AWARD;
            case NOMINATION -> NOMINATION;
            case NONE -> null;
        };
    }
}
