package cn.tianjin.quality.review;

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
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An expert's score sheet for one entry (one seat). The total is kept in tenths of a point. */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "score-sheet";

    /** A draft can be changed by its expert; a submitted sheet is locked until an official reopens it. */
    public enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false, unique = true)
    private Long assignmentId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "expert_user_id", nullable = false)
    private Long expertUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "total_tenths")
    private Integer totalTenths;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected ScoreSheet() {
    }

    ScoreSheet(ReviewAssignment seat, LocalDateTime now) {
        this.assignmentId = seat.getId();
        this.roundId = seat.getRoundId();
        this.entryId = seat.getEntryId();
        this.expertUserId = seat.getExpertUserId();
        this.updatedAt = now;
    }

    void touched(LocalDateTime now) {
        this.updatedAt = now;
    }

    void submit(BigDecimal total, LocalDateTime now) {
        this.status = Status.SUBMITTED;
        this.totalTenths = total.movePointRight(1).intValueExact();
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** A submitted sheet whose item scores changed in consensus: it stays submitted with its new total. */
    void revised(BigDecimal total, LocalDateTime now) {
        this.totalTenths = total.movePointRight(1).intValueExact();
        this.updatedAt = now;
    }

    void reopen(LocalDateTime now) {
        this.status = Status.DRAFT;
        this.updatedAt = now;
    }

    public BigDecimal getTotal() {
        return totalTenths == null ? null : BigDecimal.valueOf(totalTenths, 1);
    }

    public Long getId() { return id; }
    public Long getAssignmentId() { return assignmentId; }
    public Long getRoundId() { return roundId; }
    public Long getEntryId() { return entryId; }
    public Long getExpertUserId() { return expertUserId; }
    public Status getStatus() { return status; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
