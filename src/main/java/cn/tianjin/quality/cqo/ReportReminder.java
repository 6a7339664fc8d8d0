package cn.tianjin.quality.cqo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A reminder sent for an enterprise's report on a year, at one level of {@link ReportSchedule}. */
@Entity
@Table(name = "cqo_report_reminder")
public class ReportReminder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "report_year", nullable = false)
    private int reportYear;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    protected ReportReminder() {
    }

    ReportReminder(Long enterpriseId, int reportYear, int level, LocalDate sentOn) {
        this.enterpriseId = enterpriseId;
        this.reportYear = reportYear;
        this.level = level;
        this.sentOn = sentOn;
    }

    public Long getEnterpriseId() { return enterpriseId; }
    public int getReportYear() { return reportYear; }
    public int getLevel() { return level; }
    public LocalDate getSentOn() { return sentOn; }
}
