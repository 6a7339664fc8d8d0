package cn.tianjin.quality.assessment;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.platform.web.RebuiltWhenNull;
import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.ItemRow;
import cn.tianjin.quality.review.RubricItem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One self-assessment (/enterprise/self-assessment?id=): per item a percentage with band guidance and a note, saved
 * as the user works; finishing locks it. The results card shows the scores by category, the radar chart and, for a
 * chosen reference profile, the differences.
 */
@Named
@ViewScoped
public class SelfAssessmentBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    SelfAssessmentService assessments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String id;
    private Long assessmentId;
    private int version;
    private SelfAssessment.Status status;
    private String label;
    private String rubricCode;
    private String rubricName;
    private String createdText;
    private String savedText;
    private final List<CategoryRows> categories = new ArrayList<>();
    private List<ReferenceChoice> profileChoices = List.of();
    private String profileCode;
    private Summary summary;
    @RebuiltWhenNull
    private transient RadarChart radar;

    /** A category heading with its item rows. */
    public record CategoryRows(String code, String name, int points, List<Row> rows) implements Serializable {
    }

    /** A reference profile one may compare with. */
    public record ReferenceChoice(String code, String name) implements Serializable {
    }

    /** A category in the results card; reference and difference are empty without a profile. */
    public record ResultRow(String code, String name, int points, String score, BigDecimal percent, BigDecimal reference,
                            String difference, boolean strongest, boolean weakest) implements Serializable {
    }

    /** Everything the results card shows. */
    public record Summary(List<ResultRow> rows, String total, int totalPoints, String totalPercent, int scoredItems,
                          int items, boolean compared, String profileName, String strongest, String weakest)
            implements Serializable {
    }

    /** One item as the page edits it, with the enterprise's note. */
    public static class Row extends ItemRow {
        private static final long serialVersionUID = 1L;
        private String note;

        Row(RubricItem item, boolean english, SelfAssessmentItem stored) {
            super(item, english, stored.getPercent());
            this.note = stored.getNote();
        }

        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    private boolean owned;
    private Long enterpriseId;

    public boolean isOwned() { return owned; }
    public Long getEnterpriseId() { return enterpriseId; }

    public void load() {
        show(assessments.open(currentUser.actor(), Ids.parse(id)));
    }

    private void show(SelfAssessmentService.View view) {
        SelfAssessment a = view.assessment();
        assessmentId = a.getId();
        owned = currentUser.actor().belongsTo(a.getEnterpriseId());
        enterpriseId = a.getEnterpriseId();
        version = a.getVersion();
        status = a.getStatus();
        label = a.getLabel();
        rubricCode = a.getRubric().getRubric().getCode();
        rubricName = a.getRubric().name(language.getLocale()) + " v" + a.getRubric().getVersionNo();
        createdText = language.format(a.getCreatedAt());
        savedText = language.format(a.isFinished() ? a.getFinishedAt() : a.getUpdatedAt());
        boolean english = language.isEnglish();
        Map<String, SelfAssessmentItem> stored = view.items().stream()
                .collect(Collectors.toMap(SelfAssessmentItem::getItemCode, Function.identity()));
        categories.clear();
        for (RubricCategory c : view.rubric().categories()) {
            List<Row> rows = c.items().stream().map(i -> new Row(i, english, stored.get(i.code()))).toList();
            categories.add(new CategoryRows(c.code(), english ? c.nameEn() : c.nameZh(), c.points(), rows));
        }
        profileChoices = ReferenceProfiles.shipped().forRubric(rubricCode).stream()
                .map(p -> new ReferenceChoice(p.code(), p.name(language.getLocale()))).toList();
        summarise(view);
    }

    /** Builds the results card from the stored assessment and the chosen profile. */
    private void summarise(SelfAssessmentService.View view) {
        boolean english = language.isEnglish();
        AssessmentResults.Results results = view.results();
        Optional<ReferenceProfile> profile = ReferenceProfiles.shipped().find(profileCode).filter(p -> p.covers(rubricCode));
        Optional<AssessmentResults.Comparison> comparison = profile
                .map(p -> AssessmentResults.compare(results, p.percents(rubricCode)));
        Map<String, AssessmentResults.CategoryDifference> differences = comparison
                .map(c -> c.differences().stream().collect(Collectors.toMap(AssessmentResults.CategoryDifference::code,
                        Function.identity())))
                .orElse(Map.of());
        List<String> strongest = comparison.map(AssessmentResults.Comparison::strongest).orElse(List.of());
        List<String> weakest = comparison.map(AssessmentResults.Comparison::weakest).orElse(List.of());
        List<ResultRow> rows = new ArrayList<>();
        for (AssessmentResults.CategoryResult c : results.categories()) {
            AssessmentResults.CategoryDifference d = differences.get(c.code());
            rows.add(new ResultRow(c.code(), english ? c.category().nameEn() : c.category().nameZh(),
                    c.category().points(), c.score().toPlainString(), c.percent(), d == null ? null : d.reference(),
                    d == null ? "" : signed(d.difference()), strongest.contains(c.code()), weakest.contains(c.code())));
        }
        summary = new Summary(rows, results.total().toPlainString(), results.totalPoints(),
                results.totalPercent().toPlainString(), results.scoredItems(), results.items(), comparison.isPresent(),
                profile.map(p -> p.name(language.getLocale())).orElse(""), names(rows, strongest), names(rows, weakest));
        radar = null;
    }

    public void save() {
        Pages.attempt(() -> {
            List<SelfAssessmentService.ItemInput> inputs = new ArrayList<>();
            categories.forEach(c -> c.rows().forEach(r -> inputs.add(
                    new SelfAssessmentService.ItemInput(r.getCode(), r.getPercent(), r.note))));
            version = assessments.save(currentUser.actor(), assessmentId, version, inputs).getVersion();
            savedText = language.format(clock.now());
            summarise(assessments.open(currentUser.actor(), assessmentId));
        });
    }

    public void finish() {
        save();
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        Pages.attempt(() -> {
            SelfAssessment a = assessments.finish(currentUser.actor(), assessmentId);
            show(assessments.open(currentUser.actor(), assessmentId));
            Pages.info("assessment.finished", a.getTotal().toPlainString());
        });
    }

    /** A new reference profile was chosen: the results card is rebuilt, nothing is stored. */
    public void compare() {
        summarise(assessments.open(currentUser.actor(), assessmentId));
    }

    /** The radar's geometry for the categories of this rubric, or null when the rubric has too few to draw. */
    public RadarChart getRadar() {
        if (radar == null && summary.rows().size() >= 3) {
            radar = new RadarChart(summary.rows().stream().map(r -> r.code() + " " + r.name()).toList());
        }
        return radar;
    }

    public String getOwnShape() {
        return getRadar().polygon(summary.rows().stream().map(ResultRow::percent).toList());
    }

    /** The reference profile's shape, or null when no profile is chosen or it leaves a category out. */
    public String getReferenceShape() {
        if (!summary.compared() || summary.rows().stream().anyMatch(r -> r.reference() == null)) {
            return null;
        }
        return getRadar().polygon(summary.rows().stream().map(ResultRow::reference).toList());
    }

    public boolean isFinished() {
        return status == SelfAssessment.Status.FINISHED;
    }

    /** Only the enterprise's own people change a draft; staff read it as it stands. */
    public boolean isReadOnly() {
        return isFinished() || !owned;
    }

    private static String signed(BigDecimal difference) {
        return (difference.signum() > 0 ? "+" : "") + difference.toPlainString();
    }

    private String names(List<ResultRow> rows, List<String> codes) {
        return rows.stream().filter(r -> codes.contains(r.code())).map(r -> r.code() + " " + r.name())
                .collect(Collectors.joining(language.isEnglish() ? ", " : "、"));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SelfAssessment.Status getStatus() { return status; }
    public String getLabel() { return label; }
    public String getRubricName() { return rubricName; }
    public String getCreatedText() { return createdText; }
    public String getSavedText() { return savedText; }
    public List<CategoryRows> getCategories() { return categories; }
    public List<ReferenceChoice> getProfileChoices() { return profileChoices; }
    public String getProfileCode() { return profileCode; }
    public void setProfileCode(String profileCode) { this.profileCode = profileCode; }
    public Summary getSummary() { return summary; }
    public int getRadarWidth() { return RadarChart.WIDTH; }
    public int getRadarHeight() { return RadarChart.HEIGHT; }
}
