package cn.tianjin.quality.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A step taken for a yearly report not filed: the reminder, the warning or the suspension ({@link ReportSchedule}). */
@Entity
@Table(name = "brand_report_step")
public class BrandReportStep implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_id", nullable = false)
    private Long titleId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportSchedule.Step step;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    protected BrandReportStep() {
    }

    BrandReportStep(Long titleId, int year, ReportSchedule.Step step, LocalDate takenOn) {
        this.titleId = titleId;
        this.year = year;
        this.step = step;
        this.takenOn = takenOn;
    }

    public Long getTitleId() { return titleId; }
    public int getYear() { return year; }
    public ReportSchedule.Step getStep() { return step; }
    public LocalDate getTakenOn() { return takenOn; }
}
