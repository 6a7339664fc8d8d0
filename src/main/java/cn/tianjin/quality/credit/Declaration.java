package cn.tianjin.quality.credit;

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

/**
 * What an enterprise declares in public: a quality commitment (质量承诺) or a standard it applies, self-declared
 * (企业标准自我声明公开). It stands until the enterprise withdraws it; officials may mark it breached. Written only by
 * {@link DeclarationService}.
 */
@Entity
@Table(name = "credit_declaration")
public class Declaration implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String AUDIT_TYPE = "credit-declaration";

    public enum Kind { COMMITMENT, STANDARD }

    public enum Status { ACTIVE, WITHDRAWN, BREACHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String content;

    @Column(name = "standard_no")
    private String standardNo;

    private String link;

    @Column(name = "declared_on", nullable = false)
    private LocalDate declaredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "breach_reason")
    private String breachReason;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected Declaration() {
    }

    Declaration(Long enterpriseId, String creditCode, DeclarationForm f, String createdBy, LocalDateTime createdAt) {
        this.enterpriseId = enterpriseId;
        this.creditCode = creditCode;
        this.kind = f.getKind();
        this.title = f.getTitle();
        this.content = f.getContent();
        this.standardNo = f.getKind() == Kind.STANDARD ? f.getStandardNo() : null;
        this.link = f.getLink();
        this.declaredOn = f.getDeclaredOn();
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void withdrawn(LocalDate on, String by) {
        status = Status.WITHDRAWN;
        endedOn = on;
        endedBy = by;
    }

    void breached(LocalDate on, String reason, String by) {
        status = Status.BREACHED;
        endedOn = on;
        breachReason = reason;
        endedBy = by;
    }

    /** One line for the audit log and the credit file. */
    public String summary() {
        return (standardNo == null ? "" : standardNo + " ") + title;
    }

    public Long getId() { return id; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getCreditCode() { return creditCode; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getContent() { return content; }
    public String getStandardNo() { return standardNo; }
    public String getLink() { return link; }
    public LocalDate getDeclaredOn() { return declaredOn; }
    public Status getStatus() { return status; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getBreachReason() { return breachReason; }
    public String getEndedBy() { return endedBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
