package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One of the city's targets: what is to be reached by the end of which year, in which unit, what counts towards it,
 * the document that set it and the department that owns it; a target of an earlier plan is kept as history. {@code measure} names the counting rule: a
 * {@link TargetMeasure}'s code, or {@link #RECORDED} for a figure officials record from the owner's reports.
 */
@Entity
@Table(name = "city_target")
public class CityTarget implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "city-target";
    /** The measure of a target whose figures are recorded, not counted by the portal. */
    public static final String RECORDED = "RECORDED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "unit_zh", nullable = false)
    private String unitZh;

    @Column(name = "unit_en", nullable = false)
    private String unitEn;

    @Column(name = "target_value", nullable = false)
    private BigDecimal targetValue;

    @Column(name = "deadline_year", nullable = false)
    private int deadlineYear;

    @Column(nullable = false)
    private String measure;

    @Column(name = "counts_zh", nullable = false)
    private String countsZh;

    @Column(name = "counts_en", nullable = false)
    private String countsEn;

    @Column(name = "source_document", nullable = false)
    private String sourceDocument;

    @Column(nullable = false)
    private String owner;

    /** A target of an earlier plan, kept for reference. */
    @Column(nullable = false)
    private boolean history;

    @Column(nullable = false)
    private int position;

    @Version
    private int version;

    protected CityTarget() {
    }

    void change(TargetForm f) {
        this.targetValue = f.getTargetValue();
        this.deadlineYear = f.getDeadlineYear();
        this.sourceDocument = f.getSourceDocument().strip();
        this.owner = f.getOwner().strip();
        this.history = f.isHistory();
    }

    /** Counted by the portal rather than recorded. */
    public boolean isCounted() {
        return !RECORDED.equals(measure);
    }

    public String name(Locale reader) {
        return english(reader) ? nameEn : nameZh;
    }

    public String unit(Locale reader) {
        return english(reader) ? unitEn : unitZh;
    }

    public String counts(Locale reader) {
        return english(reader) ? countsEn : countsZh;
    }

    private static boolean english(Locale reader) {
        return reader != null && "en".equals(reader.getLanguage());
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public BigDecimal getTargetValue() { return targetValue; }
    public int getDeadlineYear() { return deadlineYear; }
    public String getMeasure() { return measure; }
    public String getSourceDocument() { return sourceDocument; }
    public String getOwner() { return owner; }
    public boolean isHistory() { return history; }
    public int getPosition() { return position; }
    public int getVersion() { return version; }
}
