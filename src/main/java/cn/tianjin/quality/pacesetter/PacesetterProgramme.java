package cn.tianjin.quality.pacesetter;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignSettings;
import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.programme.EligibilityRules;
import cn.tianjin.quality.programme.LockedRanking;
import cn.tianjin.quality.programme.Programme;
import cn.tianjin.quality.programme.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quality-benchmark selection (质量标杆遴选, the 2024 outline's "持续开展质量标杆遴选活动") on the shared workflow:
 * enterprises put forward a quality practice; the district offices recommend; eligibility adds the check that the
 * practice has run long enough; experts score it on the selection's rubric; the locked ranking proposes the practices
 * that reach the pass mark, as many as there are places (places may stay empty); after public display the selected hold
 * the title of Tianjin quality benchmark (天津市质量标杆) for a set number of years. No site visit, no committee.
 */
@ApplicationScoped
public class PacesetterProgramme implements Programme {
    public static final String CODE = "PACESETTER";
    /** The check that the practice has run for the campaign's number of years, made by the official. */
    public static final String PRACTICE_YEARS = "PRACTICE_YEARS";

    private static final List<Stage> STAGES = List.of(Stage.DRAFT, Stage.OPEN, Stage.RECOMMENDATION, Stage.ELIGIBILITY,
            Stage.REVIEW, Stage.DISPLAY, Stage.APPROVAL, Stage.PUBLISHED);
    private static final List<Level> LEVELS = List.of(new Level(PacesetterRules.BENCHMARK, 'B'));

    @Inject
    CampaignSettingsService settings;

    @Inject
    LockedRanking ranking;

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
        return "PRACTICE";
    }

    @Override
    public String defaultRubric() {
        return "tianjin-benchmark-2026";
    }

    @Override
    public int panelSize() {
        return 3;
    }

    @Override
    public String serialPrefix() {
        return "TQB";
    }

    @Override
    public List<Level> levels() {
        return LEVELS;
    }

    @Override
    public Optional<Class<? extends CampaignSettings>> settingsType() {
        return Optional.of(PacesetterSettings.class);
    }

    @Override
    public List<EligibilityRules.Outcome> ownChecks(Campaign c, Application a, LocalDate today) {
        return List.of(EligibilityRules.outcome(PRACTICE_YEARS, EligibilityRules.Result.REVIEW, "pacesetter.practiceYears.review",
                settingsOf(c).getPracticeYears()));
    }

    @Override
    public List<Proposal> propose(Actor actor, Campaign c) {
        List<LockedRanking.Place> ranked = ranking.of(c, "pacesetter.rankingNotLocked");
        return LockedRanking.proposal(ranked, PacesetterRules.levels(rules(c), ranked, Set.of()));
    }

    @Override
    public Map<Long, String> afterRemoval(Campaign c, List<Proposal> proposed, Set<Long> removed) {
        List<LockedRanking.Place> ranked = ranking.of(c, "pacesetter.rankingNotLocked");
        return LockedRanking.byApplication(ranked, PacesetterRules.levels(rules(c), ranked, new HashSet<>(removed)));
    }

    @Override
    public Optional<LocalDate> titleValidUntil(Campaign c, LocalDate from) {
        return Optional.of(from.plusYears(settingsOf(c).getValidityYears()).minusDays(1));
    }

    @Override
    public Optional<String> settingsPage() {
        return Optional.of("/WEB-INF/programmes/pacesetter/settings.xhtml");
    }

    private PacesetterRules.Rules rules(Campaign c) {
        PacesetterSettings s = settingsOf(c);
        BigDecimal total = BigDecimal.valueOf(c.getRubric().definition().totalPoints());
        return new PacesetterRules.Rules(s.getPlaces(),
                total.multiply(BigDecimal.valueOf(s.getPassPercent())).divide(BigDecimal.valueOf(100), 1, RoundingMode.UP));
    }

    private PacesetterSettings settingsOf(Campaign c) {
        return settings.of(PacesetterSettings.class, c.getId());
    }
}
