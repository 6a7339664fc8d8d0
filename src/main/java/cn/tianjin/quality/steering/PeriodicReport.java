package cn.tianjin.quality.steering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A periodic report (定期报送) officials define: its name, how long a period lasts, from which period it runs, how
 * many days after a period's end it is due, and whether it is still asked for. Its fields and filers are rows of
 * their own.
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String AUDIT_TYPE = "periodic-report";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    private ReportPeriod.Kind periodKind;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "first_period", nullable = false)
    private String firstPeriod;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected PeriodicReport() {
    }

    PeriodicReport(String nameZh, String nameEn, ReportPeriod first, int dueDays, String createdBy, LocalDateTime createdAt) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.periodKind = first.kind();
        this.firstPeriod = first.key();
        this.dueDays = dueDays;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void retire() {
        this.active = false;
    }

    public ReportPeriod first() {
        return ReportPeriod.parse(periodKind, firstPeriod).orElseThrow();
    }

    public String name(Locale reader) {
        return reader != null && "en".equals(reader.getLanguage()) ? nameEn : nameZh;
    }

    public Long getId() { return id; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public ReportPeriod.Kind getPeriodKind() { return periodKind; }
    public int getDueDays() { return dueDays; }
    public String getFirstPeriod() { return firstPeriod; }
    public boolean isActive() { return active; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
