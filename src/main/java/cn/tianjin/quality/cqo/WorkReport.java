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
import java.time.LocalDateTime;

/** An enterprise's yearly work report on its CQO's work in one year. Changed only by {@link ReportService}. */
@Entity
@Table(name = "cqo_report")
public class WorkReport implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "cqo-report";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "filing_id", nullable = false)
    private Long filingId;

    @Column(name = "report_year", nullable = false)
    private int reportYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(name = "goals_results", nullable = false)
    private String goalsResults = "";

    @Column(name = "improvement_projects", nullable = false)
    private String improvementProjects = "";

    @Column(nullable = false)
    private String complaints = "";

    @Column(nullable = false)
    private String training = "";

    @Column(name = "veto_use", nullable = false)
    private String vetoUse = "";

    @Column(name = "veto_count", nullable = false)
    private int vetoCount;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected WorkReport() {
    }

    WorkReport(Long enterpriseId, Long filingId, int reportYear, LocalDateTime now) {
        this.enterpriseId = enterpriseId;
        this.filingId = filingId;
        this.reportYear = reportYear;
        this.status = ReportStatus.DRAFT;
        this.updatedAt = now;
    }

    void take(ReportForm f, LocalDateTime now) {
        this.goalsResults = f.getGoalsResults();
        this.improvementProjects = f.getImprovementProjects();
        this.complaints = f.getComplaints();
        this.training = f.getTraining();
        this.vetoUse = f.getVetoUse();
        this.vetoCount = f.getVetoCount() == null ? 0 : f.getVetoCount();
        this.updatedAt = now;
    }

    void submitted(String by, LocalDateTime now) {
        this.status = ReportStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public ReportForm toForm() {
        ReportForm f = new ReportForm();
        f.setGoalsResults(goalsResults);
        f.setImprovementProjects(improvementProjects);
        f.setComplaints(complaints);
        f.setTraining(training);
        f.setVetoUse(vetoUse);
        f.setVetoCount(vetoCount);
        return f;
    }

    public Long getId() { return id; }
    public Long getEnterpriseId() { return enterpriseId; }
    public Long getFilingId() { return filingId; }
    public int getReportYear() { return reportYear; }
    public ReportStatus getStatus() { return status; }
    public String getGoalsResults() { return goalsResults; }
    public String getImprovementProjects() { return improvementProjects; }
    public String getComplaints() { return complaints; }
    public String getTraining() { return training; }
    public String getVetoUse() { return vetoUse; }
    public int getVetoCount() { return vetoCount; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
