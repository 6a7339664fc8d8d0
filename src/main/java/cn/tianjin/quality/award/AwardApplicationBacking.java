package cn.tianjin.quality.award;

import cn.tianjin.quality.assessment.SelfAssessment;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.programme.ApplicationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The award's own part of an application's page (/enterprise/application?id=): the self-assessment on the campaign's
 * rubric that carries the applicant's self-scores.
 */
@Named
@ViewScoped
public class AwardApplicationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AwardSelfAssessments selfAssessments;

    @Inject
    CurrentUser currentUser;

    private Long applicationId;
    private Summary linked;
    private List<Summary> choices;
    private Long chosenId;

    /** What the page shows of a self-assessment. */
    public record Summary(Long id, String label, BigDecimal total, boolean finished, LocalDateTime updatedAt) implements Serializable {
        static Summary of(SelfAssessment a) {
            return new Summary(a.getId(), a.getLabel(), a.getTotal(), a.isFinished(), a.getUpdatedAt());
        }
    }

    /** Reads the application's self-assessment once for the page. */
    public AwardApplicationBacking of(ApplicationService.View v) {
        if (!v.application().getId().equals(applicationId)) {
            applicationId = v.application().getId();
            refresh(v.application().getStatus().isEditable());
        }
        return this;
    }

    private void refresh(boolean editable) {
        linked = selfAssessments.linked(currentUser.actor(), applicationId).map(Summary::of).orElse(null);
        chosenId = linked == null ? null : linked.id();
        choices = editable ? selfAssessments.choices(currentUser.actor(), applicationId).stream().map(Summary::of).toList()
                : List.of();
    }

    public void link() {
        Pages.attempt(() -> {
            selfAssessments.link(currentUser.actor(), applicationId, chosenId);
            refresh(true);
            Pages.info("award.selfAssessment.linked");
        });
    }

    public Summary getLinked() { return linked; }
    public List<Summary> getChoices() { return choices; }
    public Long getChosenId() { return chosenId; }
    public void setChosenId(Long chosenId) { this.chosenId = chosenId; }
}
