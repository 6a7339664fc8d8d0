package cn.tianjin.quality.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A recognised brand's yearly indicator report on one calendar year ({@link BrandReportFigure} per indicator). */
@Entity
@Table(name = "brand_report")
public class BrandReport implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "brand-report";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_id", nullable = false)
    private Long titleId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "indicator_set", nullable = false)
    private String indicatorSet;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;

    @Version
    private int version;

    protected BrandReport() {
    }

    BrandReport(Long titleId, int year, String indicatorSet) {
        this.titleId = titleId;
        this.year = year;
        this.indicatorSet = indicatorSet;
    }

    void filed(String by, LocalDateTime at) {
        this.filedBy = by;
        this.filedAt = at;
    }

    public Long getId() { return id; }
    public Long getTitleId() { return titleId; }
    public int getYear() { return year; }
    public String getIndicatorSet() { return indicatorSet; }
    public String getFiledBy() { return filedBy; }
    public LocalDateTime getFiledAt() { return filedAt; }
    public int getVersion() { return version; }
}
