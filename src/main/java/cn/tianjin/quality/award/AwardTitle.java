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

/**
 * A published award or nomination award: who holds it, for which model, the certificate's serial, and whether it
 * still stands. The enterprise's name and the model are copied at publication, as the announcement printed them.
 */
@Entity
@Table(name = "award_title")
public class AwardTitle implements Serializable {
    private static final long serialVersionUID = 1L;


    public enum Status { VALID, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @Column(name = "model_name", nullable = false)
    private String modelName;

    /** AWARD or NOMINATION. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitteeRules.Outcome level;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String serial;

    @Column(name = "approval_document", nullable = false)
    private String approvalDocument;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.VALID;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Version
    private int version;

    protected AwardTitle() {
    }

    AwardTitle(AwardCampaign c, AwardApplication a, String creditCode, String enterpriseName, CommitteeRules.Outcome level,
               String serial, LocalDate publishedOn) {
        this.campaignId = c.getId();
        this.applicationId = a.getId();
        this.enterpriseId = a.getEnterpriseId();
        this.creditCode = creditCode;
        this.enterpriseName = enterpriseName;
        this.modelName = a.getModelName();
        this.level = level;
        this.year = c.getYear();
        this.serial = serial;
        this.approvalDocument = c.getApprovalDocument();
        this.publishedOn = publishedOn;
    }

    void revoked(LocalDate on, String reason) {
        this.status = Status.REVOKED;
        this.revokedOn = on;
        this.revokedReason = reason;
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getApplicationId() { return applicationId; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getCreditCode() { return creditCode; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getModelName() { return modelName; }
    public CommitteeRules.Outcome getLevel() { return level; }
    public int getYear() { return year; }
    public String getSerial() { return serial; }
    public String getApprovalDocument() { return approvalDocument; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public Status getStatus() { return status; }
    public LocalDate getRevokedOn() { return revokedOn; }
    public String getRevokedReason() { return revokedReason; }
    public int getVersion() { return version; }
}
