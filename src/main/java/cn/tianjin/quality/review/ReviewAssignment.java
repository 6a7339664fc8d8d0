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
import java.time.LocalDateTime;

/** An expert seated on an entry's panel. Taken back by marking it withdrawn, never by deleting it. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How the seat was filled. */
    public enum Method { SOLVER, DRAW, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "expert_user_id", nullable = false)
    private Long expertUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Method method;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Version
    private int version;

    protected ReviewAssignment() {
    }

    ReviewAssignment(Long roundId, Long entryId, Long expertUserId, Method method, String assignedBy,
                     LocalDateTime assignedAt) {
        this.roundId = roundId;
        this.entryId = entryId;
        this.expertUserId = expertUserId;
        this.method = method;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void withdraw(LocalDateTime at, String reason) {
        this.withdrawnAt = at;
        this.withdrawnReason = reason;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public Long getEntryId() { return entryId; }
    public Long getExpertUserId() { return expertUserId; }
    public Method getMethod() { return method; }
    public String getAssignedBy() { return assignedBy; }
    public LocalDateTime getAssignedAt() { return assignedAt; }
    public LocalDateTime getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnReason() { return withdrawnReason; }
}
