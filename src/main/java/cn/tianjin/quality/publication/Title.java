package cn.tianjin.quality.publication;

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

/**
 * A published title of any programme (an award, a nomination award, a quality benchmark, ...): who holds it, for what,
 * the certificate's serial, how long it is valid and whether it still stands. The enterprise's name and the subject
 * are copied at publication, as the announcement printed them.
 */
@Entity
@Table(name = "title")
public class Title implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "title";

    /**
     * Where a title stands. Only a valid title has a certificate to print; a suspended one may become valid again, the
     * others never.
     */
    public enum Status {
        VALID, SUSPENDED, EXPIRED, REVOKED;

        /** Still the holder's: valid, or suspended pending a decision. */
        public boolean isHeld() {
            return this == VALID || this == SUSPENDED;
        }
    }

    /** Where a title was given: through the portal, or before it and recorded from the bureau's files. */
    public enum Origin {
        PORTAL, IMPORTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String programme;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    /** What the title was given for: the quality-management model, the practice, the brand. */
    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    /** The programme's level code, e.g. AWARD or NOMINATION. */
    @Column(nullable = false)
    private String level;

    @Column(name = "title_year", nullable = false)
    private int year;

    /** The portal's certificate serial; null for a title given before the portal. */
    private String serial;

    @Column(name = "approval_document", nullable = false)
    private String approvalDocument;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** The last day the title is valid; null when it does not lapse. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.VALID;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoked_reason")
    private String revokedReason;

    /** While suspended: since when and why (a yearly report missing, say); cleared when reinstated. */
    @Column(name = "suspended_on")
    private LocalDate suspendedOn;

    @Column(name = "suspended_reason")
    private String suspendedReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin = Origin.PORTAL;

    /** The number of the paper certificate of a title given before the portal, when the file gave it. */
    /** The issuer named on the certificate when not the programme's fixed one (an alliance member); null otherwise. */
    private String issuer;

    @Column(name = "original_number")
    private String originalNumber;

    @Version
    private int version;

    protected Title() {
    }

    Title(TitleService.Draft d, String serial) {
        this.programme = d.programme();
        this.campaignId = d.campaignId();
        this.applicationId = d.applicationId();
        this.enterpriseId = d.enterpriseId();
        this.creditCode = d.creditCode();
        this.enterpriseName = d.enterpriseName();
        this.subjectName = d.subjectName();
        this.level = d.level();
        this.year = d.year();
        this.serial = serial;
        this.approvalDocument = d.approvalDocument();
        this.publishedOn = d.publishedOn();
        this.validFrom = d.validFrom();
        this.validUntil = d.validUntil();
    }

    /** A title given before the portal: its paper certificate's number; lapsed already when its validity ended. */
    void imported(String originalNumber, LocalDate today) {
        this.origin = Origin.IMPORTED;
        this.originalNumber = originalNumber;
        if (lapsedBefore(today)) {
            this.status = Status.EXPIRED;
        }
    }

    void revoked(LocalDate on, String reason) {
        this.status = Status.REVOKED;
        this.revokedOn = on;
        this.revokedReason = reason;
    }

    void expired() {
        this.status = Status.EXPIRED;
    }

    void suspended(LocalDate on, String reason) {
        this.status = Status.SUSPENDED;
        this.suspendedOn = on;
        this.suspendedReason = reason;
    }

    void reinstated() {
        this.status = Status.VALID;
        this.suspendedOn = null;
        this.suspendedReason = null;
    }

    /** Valid: the certificate may be printed and the holder may name the title. */
    public boolean isValid() {
        return status == Status.VALID;
    }

    /** The number to show: the portal's serial, or the paper certificate's number of a title given before it. */
    public String getNumber() {
        return serial != null ? serial : originalNumber == null ? "" : originalNumber;
    }

    /** Given before the portal: the portal prints no certificate for it and it has no serial. */
    public boolean isImported() {
        return origin == Origin.IMPORTED;
    }

    /** Whether the title's validity ended before that day (whatever its status says yet). */
    public boolean lapsedBefore(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    public Long getId() { return id; }
    public String getProgramme() { return programme; }
    public Long getCampaignId() { return campaignId; }
    public Long getApplicationId() { return applicationId; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getCreditCode() { return creditCode; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getSubjectName() { return subjectName; }
    public String getLevel() { return level; }
    public int getYear() { return year; }
    public String getSerial() { return serial; }
    public String getApprovalDocument() { return approvalDocument; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getIssuer() { return issuer; }
    public LocalDate getSuspendedOn() { return suspendedOn; }
    public String getSuspendedReason() { return suspendedReason; }
    void issuedBy(String issuer) { this.issuer = issuer; }
    public Status getStatus() { return status; }
    public LocalDate getRevokedOn() { return revokedOn; }
    public String getRevokedReason() { return revokedReason; }
    public Origin getOrigin() { return origin; }
    public String getOriginalNumber() { return originalNumber; }
    public int getVersion() { return version; }
}
