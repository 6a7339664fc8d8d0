package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * The self-assessment an award application refers to (the applicant's self-scores by item, GB/T 19580), kept once in
 * the enterprise's self-assessments rather than a second time in the application.
 */
@Entity
@Table(name = "award_self_assessment")
public class SelfAssessmentLink implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "self_assessment_id", nullable = false)
    private Long selfAssessmentId;

    @Version
    private int version;

    protected SelfAssessmentLink() {
    }

    SelfAssessmentLink(Long applicationId, Long selfAssessmentId) {
        this.applicationId = applicationId;
        this.selfAssessmentId = selfAssessmentId;
    }

    void to(Long selfAssessmentId) {
        this.selfAssessmentId = selfAssessmentId;
    }

    public Long getApplicationId() { return applicationId; }
    public Long getSelfAssessmentId() { return selfAssessmentId; }
}
