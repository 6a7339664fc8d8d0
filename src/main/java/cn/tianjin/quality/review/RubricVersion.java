package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One version of a rubric: the whole tree as JSON (see {@link RubricJson}). A frozen version never changes again;
 * campaigns and score sheets refer to it, so their scores stay explainable.
 */
@Entity
@Table(name = "rubric_version")
public class RubricVersion implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "rubric-version";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "total_points", nullable = false)
    private int totalPoints;

    @Column(nullable = false)
    private String definition;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    @Transient
    private RubricDefinition parsed;

    protected RubricVersion() {
    }

    RubricVersion(Rubric rubric, int versionNo, RubricDefinition def, String createdBy, LocalDateTime createdAt) {
        this.rubric = rubric;
        this.versionNo = versionNo;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        replace(def);
    }

    /** Replaces the content of a draft; the service checks it is not frozen. */
    void replace(RubricDefinition def) {
        this.nameZh = def.nameZh();
        this.nameEn = def.nameEn();
        this.totalPoints = def.totalPoints();
        this.definition = RubricJson.write(def);
        this.parsed = def;
    }

    void freeze() {
        this.frozen = true;
    }

    public RubricDefinition definition() {
        if (parsed == null) {
            parsed = RubricJson.read(definition);
        }
        return parsed;
    }

    public String json() {
        return definition;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Long getId() { return id; }
    public Rubric getRubric() { return rubric; }
    public int getVersionNo() { return versionNo; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public int getTotalPoints() { return totalPoints; }
    public boolean isFrozen() { return frozen; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
