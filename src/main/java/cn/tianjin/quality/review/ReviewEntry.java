package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * An entry to be judged in a round: what a programme (an award application, a brand application) hands to the
 * review engine. The source type and id lead back to the programme's own record.
 */
@Entity
@Table(name = "review_entry")
public class ReviewEntry {
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

    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getTitle() { return title; }
    public String getIndustry() { return industry; }
    public String getSourceType() { return sourceType; }
    public Long getSourceId() { return sourceId; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
}
