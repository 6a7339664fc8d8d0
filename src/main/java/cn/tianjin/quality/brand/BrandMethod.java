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
import java.time.LocalDateTime;

/**
 * One version of the brand index's method: an indicator set or an index formula, its JSON as {@link BrandJson} writes
 * it. A stored version never changes; a new one is a row of its own with a code of its own.
 */
@Entity
@Table(name = "brand_method")
public class BrandMethod implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "brand-method";

    public enum Kind { INDICATORS, FORMULA }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String definition;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected BrandMethod() {
    }

    BrandMethod(Kind kind, String code, String nameZh, String nameEn, String definition, String createdBy,
                LocalDateTime createdAt) {
        this.kind = kind;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.definition = definition;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public IndicatorSet indicators() {
        return BrandJson.readIndicators(definition);
    }

    public IndexFormula formula() {
        return BrandJson.readFormula(definition);
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public String getDefinition() { return definition; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
