package cn.tianjin.quality.award;

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
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** One campaign of the award: its dates, rubric, quotas and eligibility rules, and the stage it has reached. */
@Entity
@Table(name = "award_campaign")
public class AwardCampaign implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_QUOTA = 5;
    public static final int DEFAULT_DISPLAY_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Column(name = "applications_open", nullable = false)
    private LocalDate applicationsOpen;

    @Column(name = "applications_close", nullable = false)
    private LocalDate applicationsClose;

    @Column(name = "recommendation_deadline", nullable = false)
    private LocalDate recommendationDeadline;

    @Column(name = "review_until")
    private LocalDate reviewUntil;

    @Column(name = "site_visit_until")
    private LocalDate siteVisitUntil;

    @Column(name = "display_days", nullable = false)
    private int displayDays = DEFAULT_DISPLAY_DAYS;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rubric_version_id")
    private RubricVersion rubric;

    @Column(name = "award_quota", nullable = false)
    private int awardQuota = DEFAULT_QUOTA;

    @Column(name = "nomination_quota", nullable = false)
    private int nominationQuota = DEFAULT_QUOTA;

    @Column(name = "min_years", nullable = false)
    private int minYears = 3;

    @Column(name = "accident_lookback_years", nullable = false)
    private int accidentLookbackYears = 2;

    @Column(name = "major_lookback_years", nullable = false)
    private int majorLookbackYears = 5;

    @Column(name = "credit_lookback_years", nullable = false)
    private int creditLookbackYears = 2;

    @Column(name = "winner_exclusion_years", nullable = false)
    private int winnerExclusionYears = 4;

    /** GB/T 4754 section letters, comma separated; empty admits every industry. */
    @Column(nullable = false)
    private String industries = "";

    /** The fewest committee votes cast on an entry for a decision. */
    @Column(name = "committee_quorum", nullable = false)
    private int committeeQuorum = 5;

    @Column(name = "carry_numerator", nullable = false)
    private int carryNumerator = 2;

    @Column(name = "carry_denominator", nullable = false)
    private int carryDenominator = 3;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStage stage = CampaignStage.DRAFT;

    @Column(name = "review_round_id")
    private Long reviewRoundId;

    /** What happens to a place freed by an upheld objection. */
    @Enumerated(EnumType.STRING)
    @Column(name = "freed_place", nullable = false)
    private CommitteeRules.FreedPlace freedPlace = CommitteeRules.FreedPlace.EMPTY;

    @Column(name = "display_from")
    private LocalDate displayFrom;

    @Column(name = "display_until")
    private LocalDate displayUntil;

    @Column(name = "display_notice_id")
    private Long displayNoticeId;

    @Column(name = "approval_document")
    private String approvalDocument;

    @Column(name = "approval_date")
    private LocalDate approvalDate;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "announcement_notice_id")
    private Long announcementNoticeId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    public AwardCampaign() {
    }

    void created(RubricVersion rubricVersion, String by, LocalDateTime at) {
        this.rubric = rubricVersion;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Copies the editable settings of a form onto this campaign. */
    void settings(AwardCampaign o) {
        name = o.name;
        year = o.year;
        applicationsOpen = o.applicationsOpen;
        applicationsClose = o.applicationsClose;
        recommendationDeadline = o.recommendationDeadline;
        reviewUntil = o.reviewUntil;
        siteVisitUntil = o.siteVisitUntil;
        displayDays = o.displayDays;
        awardQuota = o.awardQuota;
        nominationQuota = o.nominationQuota;
        minYears = o.minYears;
        accidentLookbackYears = o.accidentLookbackYears;
        majorLookbackYears = o.majorLookbackYears;
        creditLookbackYears = o.creditLookbackYears;
        winnerExclusionYears = o.winnerExclusionYears;
        industries = o.industries == null ? "" : o.industries;
        committeeQuorum = o.committeeQuorum;
        carryNumerator = o.carryNumerator;
        carryDenominator = o.carryDenominator;
        freedPlace = o.freedPlace == null ? CommitteeRules.FreedPlace.EMPTY : o.freedPlace;
    }

    /** The public display runs {@code displayDays} days from {@code from}, both ends included. */
    void displayed(LocalDate from, Long noticeId) {
        this.displayFrom = from;
        this.displayUntil = from.plusDays(displayDays - 1L);
        this.displayNoticeId = noticeId;
    }

    void published(String document, LocalDate approvedOn, LocalDateTime at, Long noticeId) {
        this.approvalDocument = document;
        this.approvalDate = approvedOn;
        this.publishedAt = at;
        this.announcementNoticeId = noticeId;
    }

    /** Whether the public display is running on that day. */
    public boolean displayRunsOn(LocalDate day) {
        return stage == CampaignStage.DISPLAY && displayFrom != null && !day.isBefore(displayFrom) && !day.isAfter(displayUntil);
    }

    void reviewRound(Long roundId) {
        this.reviewRoundId = roundId;
    }

    void stage(CampaignStage s) {
        this.stage = s;
    }

    /** Whether applications are taken on that day: the campaign is open and the day lies within its dates. */
    public boolean takesApplicationsOn(LocalDate day) {
        return stage == CampaignStage.OPEN && !day.isBefore(applicationsOpen) && !day.isAfter(applicationsClose);
    }

    public Set<String> industrySet() {
        return Arrays.stream(industries.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public EligibilityRules.Rules eligibilityRules() {
        return new EligibilityRules.Rules(minYears, creditLookbackYears, accidentLookbackYears, majorLookbackYears,
                winnerExclusionYears, industrySet());
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public LocalDate getApplicationsOpen() { return applicationsOpen; }
    public void setApplicationsOpen(LocalDate d) { this.applicationsOpen = d; }
    public LocalDate getApplicationsClose() { return applicationsClose; }
    public void setApplicationsClose(LocalDate d) { this.applicationsClose = d; }
    public LocalDate getRecommendationDeadline() { return recommendationDeadline; }
    public void setRecommendationDeadline(LocalDate d) { this.recommendationDeadline = d; }
    public LocalDate getReviewUntil() { return reviewUntil; }
    public void setReviewUntil(LocalDate d) { this.reviewUntil = d; }
    public LocalDate getSiteVisitUntil() { return siteVisitUntil; }
    public void setSiteVisitUntil(LocalDate d) { this.siteVisitUntil = d; }
    public int getDisplayDays() { return displayDays; }
    public void setDisplayDays(int displayDays) { this.displayDays = displayDays; }
    public RubricVersion getRubric() { return rubric; }
    public int getAwardQuota() { return awardQuota; }
    public void setAwardQuota(int awardQuota) { this.awardQuota = awardQuota; }
    public int getNominationQuota() { return nominationQuota; }
    public void setNominationQuota(int nominationQuota) { this.nominationQuota = nominationQuota; }
    public int getMinYears() { return minYears; }
    public void setMinYears(int minYears) { this.minYears = minYears; }
    public int getAccidentLookbackYears() { return accidentLookbackYears; }
    public void setAccidentLookbackYears(int y) { this.accidentLookbackYears = y; }
    public int getMajorLookbackYears() { return majorLookbackYears; }
    public void setMajorLookbackYears(int y) { this.majorLookbackYears = y; }
    public int getCreditLookbackYears() { return creditLookbackYears; }
    public void setCreditLookbackYears(int y) { this.creditLookbackYears = y; }
    public int getWinnerExclusionYears() { return winnerExclusionYears; }
    public void setWinnerExclusionYears(int y) { this.winnerExclusionYears = y; }
    public String getIndustries() { return industries; }
    public void setIndustries(String industries) { this.industries = industries; }
    public int getCommitteeQuorum() { return committeeQuorum; }
    public void setCommitteeQuorum(int q) { this.committeeQuorum = q; }
    public int getCarryNumerator() { return carryNumerator; }
    public void setCarryNumerator(int n) { this.carryNumerator = n; }
    public int getCarryDenominator() { return carryDenominator; }
    public void setCarryDenominator(int d) { this.carryDenominator = d; }

    public CommitteeRules.Rules committeeRules() {
        return new CommitteeRules.Rules(committeeQuorum, carryNumerator, carryDenominator, awardQuota, nominationQuota);
    }

    public CommitteeRules.FreedPlace getFreedPlace() { return freedPlace; }
    public void setFreedPlace(CommitteeRules.FreedPlace f) { this.freedPlace = f; }
    public LocalDate getDisplayFrom() { return displayFrom; }
    public LocalDate getDisplayUntil() { return displayUntil; }
    public Long getDisplayNoticeId() { return displayNoticeId; }
    public String getApprovalDocument() { return approvalDocument; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public Long getAnnouncementNoticeId() { return announcementNoticeId; }

    public CampaignStage getStage() { return stage; }
    public Long getReviewRoundId() { return reviewRoundId; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
