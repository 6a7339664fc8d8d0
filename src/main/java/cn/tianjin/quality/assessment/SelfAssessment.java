package cn.tianjin.quality.assessment;

import cn.tianjin.quality.review.RubricVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An enterprise's assessment of itself on one frozen rubric version. The total is kept in tenths of a point and set
 * when the assessment is finished; from then on nothing in it changes.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment {
    /** A draft is still being scored; a finished assessment is part of the enterprise's history as it stands. */
    public enum Status { DRAFT, FINISHED }

    /** The longest label the column holds. */
    public static final int LABEL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rubric_version_id")
    private RubricVersion rubric;

    @Size(max = LABEL_MAX)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "total_tenths")
    private Integer totalTenths;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Version
    private int version;

    protected SelfAssessment() {
    }

    SelfAssessment(Long enterpriseId, RubricVersion rubric, String label, String createdBy, LocalDateTime createdAt) {
        this.enterpriseId = enterpriseId;
        this.rubric = rubric;
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Marks a saved draft; a new time also moves the version, which is how a colleague's stale page is refused. */
    void touched(LocalDateTime now) {
        this.updatedAt = now;
    }

    void finish(BigDecimal total, LocalDateTime now) {
        this.status = Status.FINISHED;
        this.totalTenths = total.movePointRight(1).intValueExact();
        this.finishedAt = now;
        this.updatedAt = now;
    }

    public boolean isFinished() {
        return status == Status.FINISHED;
    }

    /** The total of a finished assessment; null for a draft. */
    public BigDecimal getTotal() {
        return totalTenths == null ? null : BigDecimal.valueOf(totalTenths, 1);
    }

    public Long getId() { return id; }
    public Long getEnterpriseId() { return enterpriseId; }
    public RubricVersion getRubric() { return rubric; }
    public String getLabel() { return label; }
    public Status getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public int getVersion() { return version; }
}
