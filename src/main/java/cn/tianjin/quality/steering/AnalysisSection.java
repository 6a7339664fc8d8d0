package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A text section officials write in an analysis report: its heading, its text, and whether it stands before or after the figures. */
@Entity
@Table(name = "analysis_section")
public class AnalysisSection implements Serializable {
    private static final long serialVersionUID = 1L;

    public enum Placement { BEFORE, AFTER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Placement placement;

    @Column(nullable = false)
    private String heading;

    @Column(nullable = false)
    private String body;

    protected AnalysisSection() {
    }

    AnalysisSection(Long reportId, int position, Placement placement, String heading, String body) {
        this.reportId = reportId;
        this.position = position;
        this.placement = placement;
        this.heading = heading;
        this.body = body;
    }

    void change(Placement placement, String heading, String body) {
        this.placement = placement;
        this.heading = heading;
        this.body = body;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public int getPosition() { return position; }
    public Placement getPlacement() { return placement; }
    public String getHeading() { return heading; }
    public String getBody() { return body; }
}
