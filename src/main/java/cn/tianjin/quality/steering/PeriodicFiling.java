package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One filer's filing of one period of a report; its figures are {@link FilingValue} rows. Corrected in place, audited. */
@Entity
@Table(name = "periodic_filing")
public class PeriodicFiling implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "periodic-filing";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "period_key", nullable = false)
    private String periodKey;

    @Column(name = "filer_user_id", nullable = false)
    private Long filerUserId;

    private String note;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Version
    private int version;

    protected PeriodicFiling() {
    }

    PeriodicFiling(Long reportId, String periodKey, Long filerUserId) {
        this.reportId = reportId;
        this.periodKey = periodKey;
        this.filerUserId = filerUserId;
    }

    void submitted(String note, LocalDateTime at) {
        this.note = note;
        this.submittedAt = at;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public String getPeriodKey() { return periodKey; }
    public Long getFilerUserId() { return filerUserId; }
    public String getNote() { return note; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public int getVersion() { return version; }
}
