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

/**
 * The brand index of one brand campaign, computed by the formula named once its review was locked ({@link
 * BrandIndexEntry} per brand); published by the bureau with the rest of its year, after which it never changes.
 */
@Entity
@Table(name = "brand_index_run")
public class BrandIndexRun implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "brand-index";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "index_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String formula;

    @Column(name = "computed_by", nullable = false)
    private String computedBy;

    @Column(name = "computed_at", nullable = false)
    private LocalDateTime computedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private int version;

    protected BrandIndexRun() {
    }

    BrandIndexRun(Long campaignId, int year, String formula, String computedBy, LocalDateTime computedAt) {
        this.campaignId = campaignId;
        this.year = year;
        this.formula = formula;
        this.computedBy = computedBy;
        this.computedAt = computedAt;
    }

    void publish(String by, LocalDateTime at) {
        publishedBy = by;
        publishedAt = at;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public int getYear() { return year; }
    public String getFormula() { return formula; }
    public String getComputedBy() { return computedBy; }
    public LocalDateTime getComputedAt() { return computedAt; }
    public String getPublishedBy() { return publishedBy; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public int getVersion() { return version; }
}
