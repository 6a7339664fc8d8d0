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

/** A conflict of interest between an expert and an enterprise. While in force, the expert never sees the entry. */
@Entity
@Table(name = "expert_conflict")
public class ExpertConflict implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "expert-conflict";

    /** Declared kinds come from the expert; the portal records what it finds itself as the others. */
    public enum Kind {
        EMPLOYER, FORMER_EMPLOYER, BUSINESS, FAMILY, OTHER;

        public String messageKey() {
            return "conflict.kind." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "expert_user_id", nullable = false)
    private Long expertUserId;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private String note;

    @Column(name = "declared_at", nullable = false)
    private LocalDateTime declaredAt;

    @Column(name = "declared_by", nullable = false)
    private String declaredBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    private int version;

    protected ExpertConflict() {
    }

    ExpertConflict(Long expertUserId, String creditCode, String enterpriseName, Kind kind, String note,
                   LocalDateTime declaredAt, String declaredBy) {
        this.expertUserId = expertUserId;
        this.creditCode = creditCode;
        this.enterpriseName = enterpriseName;
        this.kind = kind;
        this.note = note;
        this.declaredAt = declaredAt;
        this.declaredBy = declaredBy;
    }

    void end(LocalDateTime at, String why) {
        this.endedAt = at;
        this.endReason = why;
    }

    public boolean isInForce() {
        return endedAt == null;
    }

    public Long getId() { return id; }
    public Long getExpertUserId() { return expertUserId; }
    public String getCreditCode() { return creditCode; }
    public String getEnterpriseName() { return enterpriseName; }
    public Kind getKind() { return kind; }
    public String getNote() { return note; }
    public LocalDateTime getDeclaredAt() { return declaredAt; }
    public String getDeclaredBy() { return declaredBy; }
    public LocalDateTime getEndedAt() { return endedAt; }
    public String getEndReason() { return endReason; }
}
