package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.SizeClass;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One version of the qualification rules, as an official saved it: never changed afterwards, so a filing checked
 * under it can always show the rule it was held to.
 */
@Entity
@Table(name = "cqo_rule_set")
public class RuleSet implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One size's rule as stored. */
    @Embeddable
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        @Enumerated(EnumType.STRING)
        @Column(name = "min_education", nullable = false)
        private Education minimumEducation;

        @Column(name = "min_years", nullable = false)
        private int minimumYears;

        @Column(name = "training_required", nullable = false)
        private boolean trainingRequired;

        protected Row() {
        }

        Row(QualificationRules.Rule rule) {
            this.minimumEducation = rule.minimumEducation();
            this.minimumYears = rule.minimumYears();
            this.trainingRequired = rule.trainingRequired();
        }

        QualificationRules.Rule rule() {
            return new QualificationRules.Rule(minimumEducation, minimumYears, trainingRequired);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false)
    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cqo_rule", joinColumns = @JoinColumn(name = "rule_set_id"))
    @MapKeyColumn(name = "size_class")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<SizeClass, Row> rows = new HashMap<>();

    protected RuleSet() {
    }

    RuleSet(int versionNo, QualificationRules rules, String note, String createdBy, LocalDateTime createdAt) {
        this.versionNo = versionNo;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        for (SizeClass size : SizeClass.values()) {
            rows.put(size, new Row(rules.ruleFor(size)));
        }
    }

    /** The rules of this version. */
    public QualificationRules rules() {
        Map<SizeClass, QualificationRules.Rule> map = new EnumMap<>(SizeClass.class);
        rows.forEach((size, row) -> map.put(size, row.rule()));
        return new QualificationRules(map);
    }

    public Long getId() { return id; }
    public int getVersionNo() { return versionNo; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
