package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A reminder sent to a late filer, once per report, period and filer (a unique key keeps a second instance quiet). */
@Entity
@Table(name = "periodic_reminder")
public class PeriodicReminder implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "period_key", nullable = false)
    private String periodKey;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    protected PeriodicReminder() {
    }

    PeriodicReminder(Long reportId, String periodKey, Long userId, LocalDate sentOn) {
        this.reportId = reportId;
        this.periodKey = periodKey;
        this.userId = userId;
        this.sentOn = sentOn;
    }

    public Long getReportId() { return reportId; }
    public String getPeriodKey() { return periodKey; }
    public Long getUserId() { return userId; }
    public LocalDate getSentOn() { return sentOn; }
}
