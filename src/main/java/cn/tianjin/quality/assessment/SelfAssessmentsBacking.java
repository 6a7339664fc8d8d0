package cn.tianjin.quality.assessment;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.review.RubricVersion;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The enterprise's self-assessments (/enterprise/self-assessments): history, a new one, a copy of an earlier one. */
@Named
@ViewScoped
public class SelfAssessmentsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SelfAssessmentService assessments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private List<Row> history;
    private List<Choice> rubricChoices;
    private String rubricCode = SelfAssessmentService.RUBRICS.get(0);
    private String label;

    /** One past assessment as the list shows it. */
    public record Row(Long id, String date, String label, String rubric, String total, String status) implements Serializable {
        static Row of(SelfAssessment a, Language language) {
            RubricVersion v = a.getRubric();
            String total = a.getTotal() == null ? "" : a.getTotal().toPlainString() + " / " + v.getTotalPoints();
            return new Row(a.getId(), language.format(a.isFinished() ? a.getFinishedAt() : a.getUpdatedAt()), a.getLabel(),
                    v.name(language.getLocale()) + " v" + v.getVersionNo(), total, a.getStatus().name());
        }

    }

    /** A rubric one may start on. */
    public record Choice(String code, String name) implements Serializable {
    }

    @PostConstruct
    void load() {
        history = assessments.history(currentUser.actor(), currentUser.actor().enterpriseId()).stream().map(this::row).toList();
        rubricChoices = assessments.rubricChoices().stream()
                .map(v -> new Choice(v.getRubric().getCode(), v.name(language.getLocale()))).toList();
    }

    private Row row(SelfAssessment a) {
        return Row.of(a, language);
    }

    public void start() throws IOException {
        Pages.attempt(() -> open(assessments.start(currentUser.actor(), rubricCode, label), "assessment.started"));
    }

    public void copy(Long fromId) throws IOException {
        Pages.attempt(() -> {
            String from = history.stream().filter(r -> r.id().equals(fromId)).map(Row::date).findFirst().orElse("");
            open(assessments.copy(currentUser.actor(), fromId, null), "assessment.copied", from);
        });
    }

    private void open(SelfAssessment a, String messageKey, Object... args) throws IOException {
        Pages.info(messageKey, args);
        Pages.keepMessages();
        FacesContext.getCurrentInstance().getExternalContext().redirect("/enterprise/self-assessment?id=" + a.getId());
    }

    public List<Row> getHistory() { return history; }
    public List<Choice> getRubricChoices() { return rubricChoices; }
    public String getRubricCode() { return rubricCode; }
    public void setRubricCode(String rubricCode) { this.rubricCode = rubricCode; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
