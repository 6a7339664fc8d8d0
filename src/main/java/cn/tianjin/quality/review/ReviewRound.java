package cn.tianjin.quality.review;

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

/** One round of expert review: entries of one programme judged against one frozen rubric version. */
@Entity
@Table(name = "review_round")
public class ReviewRound implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "review-round";

    /** Where a round stands; later stages (scoring, consensus) follow the assignment. */
    public enum Stage { SETUP, ASSIGNED, SCORING, CONSENSUS, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String programme;

    @Column(nullable = false)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rubric_version_id")
    private RubricVersion rubric;

    @Column(name = "panel_size", nullable = false)
    private int panelSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.SETUP;

    /** The seed of the random draw, stored so anyone can re-run it and get the same panels. */
    @Column(name = "draw_seed")
    private Long drawSeed;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** The day by which experts submit their sheets; reminders go out in the days before. */
    private LocalDate deadline;

    /** The last day reminders were sent for this round, so a restart never sends them twice. */
    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    /** The aggregation method locked for the round; null until an official locks one and opens the results. */
    @Enumerated(EnumType.STRING)
    private AggregationMethod method;

    @Column(name = "locked_by")
    private String lockedBy;

    @Column(name = "locked_at")
    private LocalDateTime lockedAt;

    @Column(name = "feedback_released_at")
    private LocalDateTime feedbackReleasedAt;

    @Version
    private int version;

    protected ReviewRound() {
    }

    ReviewRound(String programme, String title, RubricVersion rubric, int panelSize, String createdBy,
                LocalDateTime createdAt) {
        this.programme = programme;
        this.title = title;
        this.rubric = rubric;
        this.panelSize = panelSize;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void stage(Stage s) {
        this.stage = s;
    }

    void drawSeed(long seed) {
        this.drawSeed = seed;
    }

    void deadline(LocalDate day) {
        this.deadline = day;
        this.remindedOn = null;
    }

    void reminded(LocalDate day) {
        this.remindedOn = day;
    }

    void lock(AggregationMethod m, String by, LocalDateTime at) {
        this.method = m;
        this.lockedBy = by;
        this.lockedAt = at;
        this.stage = Stage.CLOSED;
    }

    void releaseFeedback(LocalDateTime at) {
        this.feedbackReleasedAt = at;
    }

    public boolean isLocked() {
        return method != null;
    }

    public LocalDate getDeadline() { return deadline; }
    public LocalDate getRemindedOn() { return remindedOn; }
    public AggregationMethod getMethod() { return method; }
    public String getLockedBy() { return lockedBy; }
    public LocalDateTime getLockedAt() { return lockedAt; }
    public LocalDateTime getFeedbackReleasedAt() { return feedbackReleasedAt; }
    public int getVersion() { return version; }
    public Long getId() { return id; }
    public String getProgramme() { return programme; }
    public String getTitle() { return title; }
    public RubricVersion getRubric() { return rubric; }
    public int getPanelSize() { return panelSize; }
    public Stage getStage() { return stage; }
    public Long getDrawSeed() { return drawSeed; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
