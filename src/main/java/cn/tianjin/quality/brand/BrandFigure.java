package cn.tianjin.quality.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** One year's figure of one indicator of a brand application, as checked against the version it is filed under. */
@Entity
@Table(name = "brand_figure")
public class BrandFigure implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(nullable = false)
    private String indicator;

    @Column(name = "figure_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 20, scale = 4)
    private BigDecimal figure;

    protected BrandFigure() {
    }

    BrandFigure(Long applicationId, String indicator, int year, BigDecimal figure) {
        this.applicationId = applicationId;
        this.indicator = indicator;
        this.year = year;
        this.figure = figure;
    }

    public Long getApplicationId() { return applicationId; }
    public String getIndicator() { return indicator; }
    public int getYear() { return year; }
    public BigDecimal getFigure() { return figure; }
}
