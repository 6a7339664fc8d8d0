package cn.tianjin.quality.steering;

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
 * The quality analysis report (质量状况分析报告) of one year: a draft officials write, then the published report,
 * whose compiled figures are frozen as JSON at publication. Its text sections are rows of their own.
 */
@Entity
@Table(name = "analysis_report")
public class AnalysisReport implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "analysis-report";

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    private String figures;

    @Column(name = "compiled_on")
    private LocalDate compiledOn;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected AnalysisReport() {
    }

    AnalysisReport(int year, String createdBy, LocalDateTime createdAt) {
        this.year = year;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void publish(AnalysisFigures compiled, String by, LocalDateTime at) {
        this.status = Status.PUBLISHED;
        this.figures = compiled.toJson();
        this.compiledOn = compiled.compiledOn();
        this.publishedBy = by;
        this.publishedAt = at;
    }

    /** Back to a draft, to be corrected and published again; the frozen figures go with the publication. */
    void withdraw() {
        this.status = Status.DRAFT;
        this.figures = null;
        this.compiledOn = null;
        this.publishedBy = null;
        this.publishedAt = null;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** The frozen figures of a published report. */
    public AnalysisFigures frozen() {
        if (figures == null) {
            throw new IllegalStateException("analysis report " + id + " has no frozen figures");
        }
        return AnalysisFigures.fromJson(figures);
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public Status getStatus() { return status; }
    public LocalDate getCompiledOn() { return compiledOn; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
