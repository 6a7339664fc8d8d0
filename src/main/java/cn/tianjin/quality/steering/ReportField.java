package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/** A figure a periodic report asks for: its label in both languages, its unit and the city target it feeds, if any. */
@Entity
@Table(name = "periodic_report_field")
public class ReportField implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_zh", nullable = false)
    private String labelZh;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    private String unit;

    @Column(name = "target_id")
    private Long targetId;

    protected ReportField() {
    }

    ReportField(Long reportId, int position, String labelZh, String labelEn, String unit, Long targetId) {
        this.reportId = reportId;
        this.position = position;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.unit = unit;
        this.targetId = targetId;
    }

    public String label(Locale reader) {
        return reader != null && "en".equals(reader.getLanguage()) ? labelEn : labelZh;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public int getPosition() { return position; }
    public String getLabelZh() { return labelZh; }
    public String getLabelEn() { return labelEn; }
    public String getUnit() { return unit; }
    public Long getTargetId() { return targetId; }
}
