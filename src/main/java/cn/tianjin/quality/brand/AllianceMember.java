package cn.tianjin.quality.brand;

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
 * A member organisation of the third-party evaluation and recognition alliance (第三方评价认定联盟): the bodies that
 * evaluate and recognise Tianjin brands, never the bureau. The bureau admits a member and may suspend it; a suspended
 * member evaluates nothing until reinstated.
 */
@Entity
@Table(name = "alliance_member")
public class AllianceMember implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "alliance-member";

    /** What kind of body a member is. */
    public enum Kind { TESTING, CERTIFICATION, EVALUATION, ASSOCIATION, RESEARCH }

    public enum Status { ADMITTED, SUSPENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** Its accreditation as the member states it (CMA or CNAS number, approval of a certification body, ...). */
    @Column(nullable = false)
    private String accreditation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.ADMITTED;

    @Column(name = "admitted_on", nullable = false)
    private LocalDate admittedOn;

    @Column(name = "suspended_on")
    private LocalDate suspendedOn;

    @Column(name = "suspended_reason")
    private String suspendedReason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected AllianceMember() {
    }

    AllianceMember(String name, String creditCode, Kind kind, String accreditation, LocalDate admittedOn,
                   String createdBy, LocalDateTime createdAt) {
        this.name = name;
        this.creditCode = creditCode;
        this.kind = kind;
        this.accreditation = accreditation;
        this.admittedOn = admittedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void suspend(LocalDate on, String reason) {
        this.status = Status.SUSPENDED;
        this.suspendedOn = on;
        this.suspendedReason = reason;
    }

    void reinstate() {
        this.status = Status.ADMITTED;
        this.suspendedOn = null;
        this.suspendedReason = null;
    }

    public boolean isSuspended() {
        return status == Status.SUSPENDED;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public Kind getKind() { return kind; }
    public String getAccreditation() { return accreditation; }
    public Status getStatus() { return status; }
    public LocalDate getAdmittedOn() { return admittedOn; }
    public LocalDate getSuspendedOn() { return suspendedOn; }
    public String getSuspendedReason() { return suspendedReason; }
    public int getVersion() { return version; }
}
