package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignSettings;
import cn.tianjin.quality.programme.CampaignSettingsService;
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
 * The Tianjin brands (天津品牌) on the shared workflow. Since 2019 the bureau recognises no brand itself (国市监质〔2018〕208号):
 * each campaign is run by a member organisation of the third-party evaluation and recognition alliance, whose
 * evaluators see it; enterprises, industry associations and districts apply, several brands each; district offices
 * recommend; eligibility and the dishonesty veto are the workflow's; experts score each brand on the 500-point brand
 * rubric; the runners compute the brand index of the locked ranking ({@link BrandIndexService}); a brand whose panel
 * score reaches the campaign's pass mark and whose index reaches its index mark is proposed for the alliance's
 * recognition, which holds for the campaign's number of years after public display. The 天津市名牌产品 of before 2019 are titles of this
 * programme too, as history only: imported, never issued or renewed.
 */
@ApplicationScoped
public class BrandProgramme implements Programme {
    public static final String CODE = "BRAND";
    /** The alliance's recognition. */
    public static final String RECOGNISED = "TJ_BRAND";
    /** 天津市名牌产品, granted by the bureau until 2018. */
    public static final String MINGPAI = "MINGPAI";
    /** The last year the bureau granted 天津市名牌产品. */
    public static final int MINGPAI_LAST_YEAR = 2018;

    private static final List<Stage> STAGES = List.of(Stage.DRAFT, Stage.OPEN, Stage.RECOMMENDATION, Stage.ELIGIBILITY,
            Stage.REVIEW, Stage.DISPLAY, Stage.APPROVAL, Stage.PUBLISHED);
    private static final List<Level> LEVELS = List.of(new Level(RECOGNISED, 'R'),
            new Level(MINGPAI, 'M', MINGPAI_LAST_YEAR));

    @Inject
    CampaignSettingsService settings;

    @Inject
    LockedRanking ranking;

    @Inject
    AllianceOrganisations organisations;

    @Inject
    BrandApplications brandApplications;

    @Inject
    BrandIndexService index;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String serialPrefix() {
        return "TJB";
    }

    @Override
    public List<Level> levels() {
        return LEVELS;
    }

    @Override
    public List<Stage> stages() {
        return STAGES;
    }

    @Override
    public String subjectKind() {
        return "BRAND";
    }

    @Override
    public String defaultRubric() {
        return "tianjin-brand-2026";
    }

    @Override
    public boolean severalPerApplicant() {
        return true;
    }

    @Override
    public boolean runByOrganisation() {
        return true;
    }

    @Override
    public int panelSize() {
        return 3;
    }

    @Override
    public Optional<Class<? extends CampaignSettings>> settingsType() {
        return Optional.of(BrandSettings.class);
    }

    @Override
    public Optional<String> settingsPage() {
        return Optional.of("/WEB-INF/programmes/brand/settings.xhtml");
    }

    /**
     * The brands in the order of their index, each proposed when its panel score reaches the pass mark and its index
     * the index mark; refused before the ranking is locked or the index computed.
     */
    @Override
    public List<Proposal> propose(Actor actor, Campaign c) {
        List<LockedRanking.Place> ranked = ranking.of(c, "brand.rankingNotLocked");
        Map<Long, BigDecimal> indices = index.indices(c);
        List<LockedRanking.Place> ordered = RecognitionRules.byIndex(ranked, indices);
        return LockedRanking.proposal(ordered, levels(c, ordered, indices, Set.of()));
    }

    @Override
    public Map<Long, String> afterRemoval(Campaign c, List<Proposal> proposed, Set<Long> removed) {
        List<LockedRanking.Place> ranked = ranking.of(c, "brand.rankingNotLocked");
        Map<Long, BigDecimal> indices = index.indices(c);
        return LockedRanking.byApplication(ranked, levels(c, ranked, indices, new HashSet<>(removed)));
    }

    private List<String> levels(Campaign c, List<LockedRanking.Place> places, Map<Long, BigDecimal> indices, Set<Long> removed) {
        return RecognitionRules.levels(passMark(c), BigDecimal.valueOf(settingsOf(c).getPassIndex()), places, indices,
                removed, RECOGNISED);
    }

    @Override
    public List<Link> campaignLinks(Campaign c) {
        return c.getReviewRoundId() == null ? List.of()
                : List.of(new Link("toBrandIndex", "brand.index.run.title", "/official/brand-index?id=" + c.getId()));
    }

    /** A brand is submitted with its kind and every required indicator figure of the three years. */
    @Override
    public void beforeSubmit(Application a) {
        brandApplications.requireComplete(a);
    }

    @Override
    public Optional<String> applicationPage() {
        return Optional.of("/WEB-INF/programmes/brand/application.xhtml");
    }

    /** The alliance member that ran the campaign recognises in its own name; the bureau never does. */
    @Override
    public Optional<String> issuer(Campaign c) {
        return organisations.name(c.getOrganisationId());
    }

    @Override
    public Optional<LocalDate> titleValidUntil(Campaign c, LocalDate from) {
        return Optional.of(from.plusYears(settingsOf(c).getValidityYears()).minusDays(1));
    }

    private BigDecimal passMark(Campaign c) {
        BigDecimal total = BigDecimal.valueOf(c.getRubric().definition().totalPoints());
        return total.multiply(BigDecimal.valueOf(settingsOf(c).getPassPercent())).divide(BigDecimal.valueOf(100), 1, RoundingMode.UP);
    }

    private BrandSettings settingsOf(Campaign c) {
        return settings.of(BrandSettings.class, c.getId());
    }
}
