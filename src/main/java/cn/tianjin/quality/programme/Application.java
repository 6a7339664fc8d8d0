package cn.tianjin.quality.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An application to one campaign: the enterprise (or association) that files it, what it puts forward (the subject: a
 * quality-management model, a practice, a brand), the recommender it names, its declaration and its progress.
 */
@Entity
@Table(name = "application")
public class Application implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "application";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "subject_name")
    private String subjectName;

    @Column(name = "subject_description")
    private String subjectDescription;

    @Column(name = "recommender_user_id")
    private Long recommenderUserId;

    @Column(name = "honesty_declared", nullable = false)
    private boolean honestyDeclared;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "returned_reason")
    private String returnedReason;

    @Column(name = "recommendation_opinion")
    private String recommendationOpinion;

    @Column(name = "recommended_at")
    private LocalDateTime recommendedAt;

    @Column(name = "eligibility_reason")
    private String eligibilityReason;

    @Column(name = "eligibility_decided_at")
    private LocalDateTime eligibilityDecidedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected Application() {
    }

    Application(Long campaignId, Long enterpriseId, Long recommenderUserId, String createdBy, LocalDateTime now) {
        this.campaignId = campaignId;
        this.enterpriseId = enterpriseId;
        this.recommenderUserId = recommenderUserId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(String subjectName, String subjectDescription, Long recommenderUserId, boolean honestyDeclared, LocalDateTime now) {
        this.subjectName = subjectName;
        this.subjectDescription = subjectDescription;
        this.recommenderUserId = recommenderUserId;
        this.honestyDeclared = honestyDeclared;
        this.updatedAt = now;
    }

    /** Moves to another status; the caller has checked {@link ApplicationStatus#canMoveTo}. */
    void move(ApplicationStatus target, LocalDateTime now) {
        this.status = target;
        this.updatedAt = now;
        if (target == ApplicationStatus.SUBMITTED) {
            this.submittedAt = now;
            this.returnedReason = null;
        }
    }

    void returned(String reason) {
        this.returnedReason = reason;
    }

    void recommended(String opinion, LocalDateTime at) {
        this.recommendationOpinion = opinion;
        this.recommendedAt = at;
    }

    void eligibilityDecided(String reason, LocalDateTime at) {
        this.eligibilityReason = reason;
        this.eligibilityDecidedAt = at;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getSubjectName() { return subjectName; }
    public String getSubjectDescription() { return subjectDescription; }
    public Long getRecommenderUserId() { return recommenderUserId; }
    public boolean isHonestyDeclared() { return honestyDeclared; }
    public ApplicationStatus getStatus() { return status; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getReturnedReason() { return returnedReason; }
    public String getRecommendationOpinion() { return recommendationOpinion; }
    public LocalDateTime getRecommendedAt() { return recommendedAt; }
    public String getEligibilityReason() { return eligibilityReason; }
    public LocalDateTime getEligibilityDecidedAt() { return eligibilityDecidedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
