package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An entry to be judged in a round: what a programme (an award application, a brand application) hands to the
 * review engine. The source type and id lead back to the programme's own record.
 */
@Entity
@Table(name = "review_entry")
public class ReviewEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "review-entry";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String industry;

    @Column(name = "source_type", nullable = false)
    private String sourceType;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    /** The panel member who leads the consensus discussion and records its outcome. */
    @Column(name = "chair_user_id")
    private Long chairUserId;

    /** The consensus score recorded by the chair, in tenths of a point; it replaces the aggregate in the ranking. */
    @Column(name = "consensus_tenths")
    private Integer consensusTenths;

    @Column(name = "consensus_comments")
    private String consensusComments;

    @Column(name = "consensus_at")
    private LocalDateTime consensusAt;

    @Version
    private int version;

    protected ReviewEntry() {
    }

    ReviewEntry(Long roundId, Long enterpriseId, String title, String industry, String sourceType, Long sourceId,
                LocalDateTime submittedAt) {
        this.roundId = roundId;
        this.enterpriseId = enterpriseId;
        this.title = title;
        this.industry = industry;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.submittedAt = submittedAt;
    }

    void chair(Long expertUserId) {
        this.chairUserId = expertUserId;
    }

    void consensus(BigDecimal score, String comments, LocalDateTime at) {
        this.consensusTenths = score.movePointRight(1).intValueExact();
        this.consensusComments = comments;
        this.consensusAt = at;
    }

    /** The chair's consensus score, or null while none is recorded. */
    public BigDecimal getConsensusScore() {
        return consensusTenths == null ? null : BigDecimal.valueOf(consensusTenths, 1);
    }

    public Long getChairUserId() { return chairUserId; }
    public String getConsensusComments() { return consensusComments; }
    public LocalDateTime getConsensusAt() { return consensusAt; }
    public int getVersion() { return version; }
    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getTitle() { return title; }
    public String getIndustry() { return industry; }
    public String getSourceType() { return sourceType; }
    public Long getSourceId() { return sourceId; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
}
