package cn.tianjin.quality.award;

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
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The site visit of one shortlisted entry: its date, the seed its team was drawn with, and the leader's report. */
@Entity
@Table(name = "award_site_visit")
public class SiteVisit implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Status { PLANNED, REPORTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "draw_seed", nullable = false)
    private long drawSeed;

    @Column(name = "leader_user_id", nullable = false)
    private Long leaderUserId;

    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PLANNED;

    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Column(name = "planned_by", nullable = false)
    private String plannedBy;

    @Column(name = "planned_at", nullable = false)
    private LocalDateTime plannedAt;

    @Version
    private int version;

    protected SiteVisit() {
    }

    SiteVisit(Long campaignId, Long applicationId, LocalDate visitDate, long drawSeed, Long leaderUserId, String by,
              LocalDateTime at) {
        this.campaignId = campaignId;
        this.applicationId = applicationId;
        this.visitDate = visitDate;
        this.drawSeed = drawSeed;
        this.leaderUserId = leaderUserId;
        this.plannedBy = by;
        this.plannedAt = at;
    }

    void reported(String text, LocalDateTime at) {
        this.findings = text;
        this.status = Status.REPORTED;
        this.reportedAt = at;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getApplicationId() { return applicationId; }
    public LocalDate getVisitDate() { return visitDate; }
    public long getDrawSeed() { return drawSeed; }
    public Long getLeaderUserId() { return leaderUserId; }
    public String getFindings() { return findings; }
    public Status getStatus() { return status; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public int getVersion() { return version; }
}
