package cn.tianjin.quality.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A Tianjin brand application's own part: what kind of brand it is, the enterprises a regional or cluster brand covers,
 * and the version of the indicators its figures ({@link BrandFigure}) are filed under.
 */
@Entity
@Table(name = "brand_application")
public class BrandApplication implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "brand-application";
    public static final int NAMED_MAX = 4000;

    /** The kinds of Tianjin brand (the 2018 opinions' brand products, services, projects, enterprises and regions). */
    public enum Kind { PRODUCT, SERVICE, PROJECT, ENTERPRISE, REGIONAL }

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "brand_kind", nullable = false)
    private Kind kind;

    @Column(name = "indicator_set", nullable = false)
    private String indicatorSet;

    /** For a regional or cluster brand: the enterprises it covers, one per line. */
    @Column(name = "named_enterprises")
    private String namedEnterprises;

    /** The recognition this application renews, or null for a first application. */
    @Column(name = "renews_title_id")
    private Long renewsTitleId;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected BrandApplication() {
    }

    BrandApplication(Long applicationId, String indicatorSet) {
        this.applicationId = applicationId;
        this.indicatorSet = indicatorSet;
    }

    void describe(Kind kind, String namedEnterprises, Long renewsTitleId, LocalDateTime at) {
        this.kind = kind;
        this.namedEnterprises = namedEnterprises;
        this.renewsTitleId = renewsTitleId;
        this.updatedAt = at;
    }

    public Long getApplicationId() { return applicationId; }
    public Kind getKind() { return kind; }
    public String getIndicatorSet() { return indicatorSet; }
    public String getNamedEnterprises() { return namedEnterprises; }
    public Long getRenewsTitleId() { return renewsTitleId; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
