package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A member of a campaign's award committee. */
@Entity
@Table(name = "award_committee_member")
public class CommitteeMember {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "appointed_by", nullable = false)
    private String appointedBy;

    @Column(name = "appointed_at", nullable = false)
    private LocalDateTime appointedAt;

    protected CommitteeMember() {
    }

    CommitteeMember(Long campaignId, Long userId, String by, LocalDateTime at) {
        this.campaignId = campaignId;
        this.userId = userId;
        this.appointedBy = by;
        this.appointedAt = at;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getUserId() { return userId; }
}
