package cn.tianjin.quality.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An entry of the serious dishonesty list (严重失信名单). While active it vetoes every honour of the enterprise. */
@Entity
@Table(name = "dishonesty_entry")
public class DishonestyEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "dishonesty";
    /** How the audit log names an import of the list from a file. */
    public static final String IMPORT_AUDIT_TYPE = "dishonesty-import";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 18)
    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @NotBlank
    @Size(max = 200)
    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false)
    private String reason;

    @NotBlank
    @Size(max = 300)
    @Column(name = "source_document", nullable = false)
    private String sourceDocument;

    @NotNull
    @Column(name = "listed_on", nullable = false)
    private LocalDate listedOn;

    @Column(name = "removal_on", nullable = false)
    private LocalDate removalOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Size(max = 1000)
    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    public DishonestyEntry() {
    }

    public DishonestyPeriod period() {
        return new DishonestyPeriod(listedOn, removalOn, endedOn);
    }

    public boolean activeOn(LocalDate d) {
        return period().activeOn(d);
    }

    public DishonestyEntry copy() {
        DishonestyEntry c = new DishonestyEntry();
        c.id = id;
        c.version = version;
        c.createdBy = createdBy;
        c.createdAt = createdAt;
        c.endedOn = endedOn;
        c.endReason = endReason;
        c.copyFrom(this);
        return c;
    }

    void copyFrom(DishonestyEntry o) {
        creditCode = o.creditCode;
        enterpriseName = o.enterpriseName;
        reason = o.reason;
        sourceDocument = o.sourceDocument;
        listedOn = o.listedOn;
        removalOn = o.removalOn;
    }

    String summary() {
        return "code=" + creditCode + ", name=" + enterpriseName + ", listed=" + listedOn + ", removal=" + removalOn
                + ", source=" + sourceDocument + ", reason=" + reason + (endedOn == null ? "" : ", ended=" + endedOn);
    }

    void end(LocalDate on, String why) {
        this.endedOn = on;
        this.endReason = why;
    }

    void created(String by, LocalDateTime at) {
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSourceDocument() { return sourceDocument; }
    public void setSourceDocument(String sourceDocument) { this.sourceDocument = sourceDocument; }
    public LocalDate getListedOn() { return listedOn; }
    public void setListedOn(LocalDate listedOn) { this.listedOn = listedOn; }
    public LocalDate getRemovalOn() { return removalOn; }
    public void setRemovalOn(LocalDate removalOn) { this.removalOn = removalOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
