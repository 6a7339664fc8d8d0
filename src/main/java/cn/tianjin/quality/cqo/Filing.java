package cn.tianjin.quality.cqo;

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
 * An enterprise's filing of one person as its CQO, from the first submission through the bureau's check and the
 * registration to its end. The identity number is held sealed ({@link IdentityVault}), hashed for matching and masked
 * for showing; the clear number never reaches this object. Changed only by {@link CqoService}.
 */
@Entity
@Table(name = "cqo_filing")
public class Filing implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "cqo-filing";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FilingStatus status;

    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind", nullable = false)
    private IdentityDocument idKind;

    @Column(name = "id_sealed", nullable = false)
    private String idSealed;

    @Column(name = "id_hash", nullable = false)
    private String idHash;

    @Column(name = "id_masked", nullable = false)
    private String idMasked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Education education;

    @Column(name = "professional_title", nullable = false)
    private String professionalTitle;

    @Column(name = "position_title", nullable = false)
    private String positionTitle;

    @Column(name = "reports_to", nullable = false)
    private String reportsTo;

    @Column(name = "years_quality", nullable = false)
    private int yearsQuality;

    @Column(name = "training_certificate")
    private String trainingCertificate;

    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Column(nullable = false)
    private String duties;

    @Column(name = "letter_id")
    private Long letterId;

    @Column(name = "rule_set_id", nullable = false)
    private Long ruleSetId;

    @Column(name = "rule_met", nullable = false)
    private boolean ruleMet;

    @Column(name = "rule_shortfalls", nullable = false)
    private String ruleShortfalls;

    @Column(name = "replaces_filing_id")
    private Long replacesFilingId;

    @Column(name = "transfer_from_id")
    private Long transferFromId;

    @Column(name = "registry_year")
    private Integer registryYear;

    @Column(name = "registry_district")
    private String registryDistrict;

    @Column(name = "registry_seq")
    private Integer registrySeq;

    @Column(name = "registry_number")
    private String registryNumber;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "active_enterprise_id")
    private Long activeEnterpriseId;

    @Column(name = "active_person_hash")
    private String activePersonHash;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind")
    private EndKind endKind;

    @Column(name = "end_by_bureau")
    private Boolean endByBureau;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "succeeded_by_id")
    private Long succeededById;

    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected Filing() {
    }

    Filing(Long enterpriseId, LocalDateTime now) {
        this.enterpriseId = enterpriseId;
        this.status = FilingStatus.FILED;
        this.roundNo = 1;
        this.filedAt = now;
        this.updatedAt = now;
    }

    /** Takes the person's details from a checked form; the identity number comes sealed, hashed and masked. */
    void take(FilingForm f, IdentityDocument kind, String sealed, String hash, String masked) {
        this.personName = f.getPersonName();
        this.idKind = kind;
        this.idSealed = sealed;
        this.idHash = hash;
        this.idMasked = masked;
        this.education = f.getEducation();
        this.professionalTitle = f.getProfessionalTitle();
        this.positionTitle = f.getPositionTitle();
        this.reportsTo = f.getReportsTo();
        this.yearsQuality = f.getYearsQuality();
        this.trainingCertificate = f.getTrainingCertificate();
        this.appointedOn = f.getAppointedOn();
        this.duties = f.getDuties();
    }

    void checked(Long ruleSetId, boolean met, String shortfalls) {
        this.ruleSetId = ruleSetId;
        this.ruleMet = met;
        this.ruleShortfalls = shortfalls;
    }

    void letter(Long attachmentId) {
        this.letterId = attachmentId;
    }

    void links(Long replaces, Long transferFrom) {
        this.replacesFilingId = replaces;
        this.transferFromId = transferFrom;
    }

    void returned(LocalDateTime now) {
        this.status = FilingStatus.RETURNED;
        this.updatedAt = now;
    }

    void filedAgain(LocalDateTime now) {
        this.status = FilingStatus.FILED;
        this.roundNo++;
        this.filedAt = now;
        this.updatedAt = now;
    }

    void withdrawn(LocalDateTime now) {
        this.status = FilingStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    void registered(RegistryNumber number, LocalDate on, LocalDateTime now) {
        this.status = FilingStatus.REGISTERED;
        this.registryYear = number.year();
        this.registryDistrict = number.district();
        this.registrySeq = number.sequence();
        this.registryNumber = number.toString();
        this.registeredOn = on;
        this.activeEnterpriseId = enterpriseId;
        this.activePersonHash = idHash;
        this.updatedAt = now;
    }

    void ended(EndKind kind, boolean byBureau, String reason, Long successor, LocalDate on, LocalDateTime now) {
        this.status = FilingStatus.ENDED;
        this.endKind = kind;
        this.endByBureau = byBureau;
        this.endReason = reason;
        this.succeededById = successor;
        this.endedOn = on;
        this.activeEnterpriseId = null;
        this.activePersonHash = null;
        this.updatedAt = now;
    }

    void duties(String duties, LocalDateTime now) {
        this.duties = duties;
        this.updatedAt = now;
    }

    /** A form holding this filing's details (the identity number left empty: it is entered again only to change it). */
    public FilingForm toForm() {
        FilingForm f = new FilingForm();
        f.setPersonName(personName);
        f.setIdKind(idKind);
        f.setEducation(education);
        f.setProfessionalTitle(professionalTitle);
        f.setPositionTitle(positionTitle);
        f.setReportsTo(reportsTo);
        f.setYearsQuality(yearsQuality);
        f.setTrainingCertificate(trainingCertificate);
        f.setAppointedOn(appointedOn);
        f.setDuties(duties);
        return f;
    }

    public Long getId() { return id; }
    public Long getEnterpriseId() { return enterpriseId; }
    public FilingStatus getStatus() { return status; }
    public int getRoundNo() { return roundNo; }
    public String getPersonName() { return personName; }
    public IdentityDocument getIdKind() { return idKind; }
    String getIdSealed() { return idSealed; }
    String getIdHash() { return idHash; }
    public String getIdMasked() { return idMasked; }
    public Education getEducation() { return education; }
    public String getProfessionalTitle() { return professionalTitle; }
    public String getPositionTitle() { return positionTitle; }
    public String getReportsTo() { return reportsTo; }
    public int getYearsQuality() { return yearsQuality; }
    public String getTrainingCertificate() { return trainingCertificate; }
    public LocalDate getAppointedOn() { return appointedOn; }
    public String getDuties() { return duties; }
    public Long getLetterId() { return letterId; }
    public Long getRuleSetId() { return ruleSetId; }
    public boolean isRuleMet() { return ruleMet; }
    public String getRuleShortfalls() { return ruleShortfalls; }
    public Long getReplacesFilingId() { return replacesFilingId; }
    public Long getTransferFromId() { return transferFromId; }
    public String getRegistryNumber() { return registryNumber; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public EndKind getEndKind() { return endKind; }
    public Boolean getEndByBureau() { return endByBureau; }
    public String getEndReason() { return endReason; }
    public Long getSucceededById() { return succeededById; }
    public LocalDateTime getFiledAt() { return filedAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
