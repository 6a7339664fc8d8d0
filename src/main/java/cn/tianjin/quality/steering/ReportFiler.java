package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An account that files a periodic report: a district office's recommender account or a department's official. */
@Entity
@Table(name = "periodic_report_filer")
public class ReportFiler implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    protected ReportFiler() {
    }

    ReportFiler(Long reportId, Long userId) {
        this.reportId = reportId;
        this.userId = userId;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public Long getUserId() { return userId; }
}
