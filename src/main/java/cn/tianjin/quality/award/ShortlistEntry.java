package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An application on the campaign's shortlist, with its place in the materials-review ranking. */
@Entity
@Table(name = "award_shortlist")
public class ShortlistEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "rank_no", nullable = false)
    private int rank;

    @Column(name = "score_tenths")
    private Integer scoreTenths;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected ShortlistEntry() {
    }

    ShortlistEntry(Long campaignId, Long applicationId, int rank, BigDecimal score, String by, LocalDateTime at) {
        this.campaignId = campaignId;
        this.applicationId = applicationId;
        this.rank = rank;
        this.scoreTenths = score == null ? null : score.movePointRight(1).intValueExact();
        this.addedBy = by;
        this.addedAt = at;
    }

    public BigDecimal getScore() {
        return scoreTenths == null ? null : BigDecimal.valueOf(scoreTenths, 1);
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getApplicationId() { return applicationId; }
    public int getRank() { return rank; }
}
