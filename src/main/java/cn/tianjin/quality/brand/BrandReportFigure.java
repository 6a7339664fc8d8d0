package cn.tianjin.quality.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** One indicator's figure in a yearly report. */
@Entity
@Table(name = "brand_report_figure")
public class BrandReportFigure implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private String indicator;

    @Column(nullable = false, precision = 20, scale = 4)
    private BigDecimal figure;

    protected BrandReportFigure() {
    }

    BrandReportFigure(Long reportId, String indicator, BigDecimal figure) {
        this.reportId = reportId;
        this.indicator = indicator;
        this.figure = figure;
    }

    public Long getReportId() { return reportId; }
    public String getIndicator() { return indicator; }
    public BigDecimal getFigure() { return figure; }
}
