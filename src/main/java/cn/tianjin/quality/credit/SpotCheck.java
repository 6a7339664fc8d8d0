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
 * One result of a supervisory spot check (监督抽查) of an enterprise's product batch. A failed result is rectified: the
 * enterprise submits its measures with evidence, the bureau accepts them or returns them with a reason (and perhaps a
 * new deadline). Written only by {@link SpotCheckService}.
 */
@Entity
@Table(name = "spot_check")
public class SpotCheck implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String AUDIT_TYPE = "spot-check";
    public static final String IMPORT_AUDIT_TYPE = "spot-check-import";

    /**
     * Where a result stands: passed (nothing to do), or a failure whose rectification is open (the enterprise's turn),
     * submitted (the bureau's turn), returned (the enterprise's turn again) or rectified (done).
     */
    public enum Status {
        PASSED, OPEN, SUBMITTED, RETURNED, RECTIFIED;

        /** Whether the enterprise is to act: measures are due. */
        public boolean awaitsEnterprise() {
            return this == OPEN || this == RETURNED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @Column(nullable = false)
    private String product;

    @Column(nullable = false)
    private String batch;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "failed_items")
    private String failedItems;

    @Column(name = "inspection_body", nullable = false)
    private String inspectionBody;

    @Column(name = "rectify_by")
    private LocalDate rectifyBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String measures;

    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "source_file")
    private String sourceFile;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected SpotCheck() {
    }

    public SpotCheck(SpotCheckForm f, String enterpriseName, String sourceFile, String createdBy, LocalDateTime createdAt) {
        this.creditCode = f.getCreditCode();
        this.enterpriseName = enterpriseName;
        this.product = f.getProduct();
        this.batch = f.getBatch();
        this.checkedOn = f.getCheckedOn();
        this.passed = Boolean.TRUE.equals(f.getPassed());
        this.failedItems = passed ? null : f.getFailedItems();
        this.inspectionBody = f.getInspectionBody();
        this.rectifyBy = passed ? null : f.getRectifyBy();
        this.status = passed ? Status.PASSED : Status.OPEN;
        this.sourceFile = sourceFile;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether measures were due before {@code today} and the enterprise has still to act. */
    public boolean overdueOn(LocalDate today) {
        return status.awaitsEnterprise() && rectifyBy != null && rectifyBy.isBefore(today);
    }

    void submitted(String text, Long evidence, LocalDateTime at) {
        measures = text;
        evidenceId = evidence;
        submittedAt = at;
        status = Status.SUBMITTED;
    }

    void accepted(String by, LocalDateTime at) {
        status = Status.RECTIFIED;
        decidedBy = by;
        decidedAt = at;
        returnReason = null;
    }

    void returned(String reason, LocalDate newDeadline, String by, LocalDateTime at) {
        status = Status.RETURNED;
        returnReason = reason;
        decidedBy = by;
        decidedAt = at;
        if (newDeadline != null) {
            rectifyBy = newDeadline;
        }
    }

    /** One line for the audit log and the credit file. */
    public String summary() {
        return creditCode + " " + enterpriseName + " · " + product + " · " + batch + " · " + checkedOn + " · "
                + (passed ? "passed" : "failed: " + failedItems + " · rectify by " + rectifyBy) + " · " + inspectionBody;
    }

    public Long getId() { return id; }
    public String getCreditCode() { return creditCode; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getProduct() { return product; }
    public String getBatch() { return batch; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public boolean isPassed() { return passed; }
    public String getFailedItems() { return failedItems; }
    public String getInspectionBody() { return inspectionBody; }
    public LocalDate getRectifyBy() { return rectifyBy; }
    public Status getStatus() { return status; }
    public String getMeasures() { return measures; }
    public Long getEvidenceId() { return evidenceId; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReturnReason() { return returnReason; }
    public String getSourceFile() { return sourceFile; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
