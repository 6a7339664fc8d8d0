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
import java.math.BigDecimal;
import java.util.List;

/**
 * One brand's index in a {@link BrandIndexRun}: who and what it is (as when computed), the panel's locked score, the
 * index, and every step of its calculation ({@link BrandIndex.Line}, kept as JSON).
 */
@Entity
@Table(name = "brand_index_entry")
public class BrandIndexEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @Column(name = "brand_name", nullable = false)
    private String brandName;

    /** The section of GB/T 4754 the brand is compared within. */
    private String industry;

    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "brand_kind", nullable = false)
    private BrandApplication.Kind kind;

    @Column(name = "panel_score", nullable = false)
    private BigDecimal panelScore;

    @Column(name = "brand_index", nullable = false)
    private BigDecimal index;

    @Column(name = "city_peers", nullable = false)
    private boolean cityPeers;

    @Column(nullable = false)
    private String calculation;

    protected BrandIndexEntry() {
    }

    BrandIndexEntry(Long runId, Long applicationId, Long enterpriseId, String enterpriseName, String brandName,
                    String industry, String districtCode, BrandApplication.Kind kind, BigDecimal panelScore,
                    BrandIndex.Result result) {
        this.runId = runId;
        this.applicationId = applicationId;
        this.enterpriseId = enterpriseId;
        this.enterpriseName = enterpriseName;
        this.brandName = brandName;
        this.industry = industry;
        this.districtCode = districtCode;
        this.kind = kind;
        this.panelScore = panelScore;
        this.index = result.index();
        this.cityPeers = result.cityPeers();
        this.calculation = BrandJson.writeLines(result.lines());
    }

    /** The steps of the calculation, the panel's last. */
    public List<BrandIndex.Line> lines() {
        return BrandJson.readLines(calculation);
    }

    public Long getId() { return id; }
    public Long getRunId() { return runId; }
    public Long getApplicationId() { return applicationId; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getBrandName() { return brandName; }
    public String getIndustry() { return industry; }
    public String getDistrictCode() { return districtCode; }
    public BrandApplication.Kind getKind() { return kind; }
    public BigDecimal getPanelScore() { return panelScore; }
    public BigDecimal getIndex() { return index; }
    public boolean isCityPeers() { return cityPeers; }
}
