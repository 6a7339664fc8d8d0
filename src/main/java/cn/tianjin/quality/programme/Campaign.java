package cn.tianjin.quality.programme;

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

/**
 * One campaign of a programme: its dates, rubric, the eligibility rules every programme shares, and the stage it has
 * reached. What is the programme's own (the award's quotas and committee rule) lives in the programme's package.
 */
@Entity
@Table(name = "campaign")
public class Campaign implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "campaign";
    public static final int DEFAULT_DISPLAY_DAYS = 7;

    /** What happens to a place freed by an upheld objection during the public display. */
    public enum FreedPlace { EMPTY, NEXT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String programme;

    @Column(nullable = false)
    private String name;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Column(name = "applications_open", nullable = false)
    private LocalDate applicationsOpen;

    @Column(name = "applications_close", nullable = false)
    private LocalDate applicationsClose;

    @Column(name = "recommendation_deadline", nullable = false)
    private LocalDate recommendationDeadline;

    @Column(name = "review_until")
    private LocalDate reviewUntil;

    @Column(name = "display_days", nullable = false)
    private int displayDays = DEFAULT_DISPLAY_DAYS;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rubric_version_id")
    private RubricVersion rubric;

    @Column(name = "min_years", nullable = false)
    private int minYears = 3;

    @Column(name = "credit_lookback_years", nullable = false)
    private int creditLookbackYears = 2;

    @Column(name = "winner_exclusion_years", nullable = false)
    private int winnerExclusionYears = 4;

    /** The organisation that runs the campaign (an alliance member, for the brands); null when the bureau runs it. */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** The lowest credit grade eligibility admits (A, B or C); null asks for none. */
    @Column(name = "min_credit_grade")
    private String minCreditGrade;

    /** GB/T 4754 section letters, comma separated; empty admits every industry. */
    @Column(nullable = false)
    private String industries = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.DRAFT;

    @Column(name = "review_round_id")
    private Long reviewRoundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "freed_place", nullable = false)
    private FreedPlace freedPlace = FreedPlace.EMPTY;

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

    public Campaign() {
    }

    void created(String programmeCode, RubricVersion rubricVersion, String by, LocalDateTime at) {
        this.programme = programmeCode;
        this.rubric = rubricVersion;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Copies the editable settings of a form onto this campaign. */
    void settings(Campaign o) {
        name = o.name;
        year = o.year;
        applicationsOpen = o.applicationsOpen;
        applicationsClose = o.applicationsClose;
        recommendationDeadline = o.recommendationDeadline;
        reviewUntil = o.reviewUntil;
        displayDays = o.displayDays;
        minYears = o.minYears;
        creditLookbackYears = o.creditLookbackYears;
        winnerExclusionYears = o.winnerExclusionYears;
        minCreditGrade = o.minCreditGrade == null || o.minCreditGrade.isBlank() ? null : o.minCreditGrade;
        industries = o.industries == null ? "" : o.industries;
        freedPlace = o.freedPlace == null ? FreedPlace.EMPTY : o.freedPlace;
    }

    void published(String document, LocalDate approvedOn, LocalDateTime at, Long noticeId) {
        this.approvalDocument = document;
        this.approvalDate = approvedOn;
        this.publishedAt = at;
        this.announcementNoticeId = noticeId;
    }

    void reviewRound(Long roundId) {
        this.reviewRoundId = roundId;
    }

    void stage(Stage s) {
        this.stage = s;
    }

    /** Whether applications are taken on that day: the campaign is open and the day lies within its dates. */
    public boolean takesApplicationsOn(LocalDate day) {
        return stage == Stage.OPEN && !day.isBefore(applicationsOpen) && !day.isAfter(applicationsClose);
    }

    public Set<String> industrySet() {
        return Arrays.stream(industries.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public EligibilityRules.Rules eligibilityRules() {
        return new EligibilityRules.Rules(minYears, creditLookbackYears, winnerExclusionYears, industrySet());
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    void runBy(Long organisation) { this.organisationId = organisation; }
    public String getProgramme() { return programme; }
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
    public int getDisplayDays() { return displayDays; }
    public void setDisplayDays(int displayDays) { this.displayDays = displayDays; }
    public RubricVersion getRubric() { return rubric; }
    public int getMinYears() { return minYears; }
    public void setMinYears(int minYears) { this.minYears = minYears; }
    public String getMinCreditGrade() { return minCreditGrade; }
    public void setMinCreditGrade(String minCreditGrade) { this.minCreditGrade = minCreditGrade; }
    public int getCreditLookbackYears() { return creditLookbackYears; }
    public void setCreditLookbackYears(int y) { this.creditLookbackYears = y; }
    public int getWinnerExclusionYears() { return winnerExclusionYears; }
    public void setWinnerExclusionYears(int y) { this.winnerExclusionYears = y; }
    public String getIndustries() { return industries; }
    public void setIndustries(String industries) { this.industries = industries; }
    public FreedPlace getFreedPlace() { return freedPlace; }
    public void setFreedPlace(FreedPlace f) { this.freedPlace = f; }
    public String getApprovalDocument() { return approvalDocument; }
    public LocalDate getApprovalDate() { return approvalDate; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public Long getAnnouncementNoticeId() { return announcementNoticeId; }
    public Stage getStage() { return stage; }
    public Long getReviewRoundId() { return reviewRoundId; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
