package cn.tianjin.quality.credit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
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

/** One version of the credit grading rules, as an official saved it: never changed afterwards. */
@Entity
@Table(name = "credit_grade_rule_set")
public class GradeRuleSet implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String AUDIT_TYPE = "credit-grade-rules";

    /** One factor's rule as stored. */
    @Embeddable
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(nullable = false)
        private int points;

        @Column(nullable = false)
        private int months;

        @Column(nullable = false)
        private int cap;

        protected Row() {
        }

        Row(CreditGrading.Rule rule) {
            this.points = rule.points();
            this.months = rule.months();
            this.cap = rule.cap();
        }

        CreditGrading.Rule rule() {
            return new CreditGrading.Rule(points, months, cap);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "base_score", nullable = false)
    private int baseScore;

    @Column(name = "a_threshold", nullable = false)
    private int aThreshold;

    @Column(name = "b_threshold", nullable = false)
    private int bThreshold;

    @Column(nullable = false)
    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_grade_rule", joinColumns = @JoinColumn(name = "rule_set_id"))
    @MapKeyColumn(name = "factor")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<CreditGrading.Factor, Row> rows = new HashMap<>();

    protected GradeRuleSet() {
    }

    GradeRuleSet(int versionNo, CreditGrading.Rules rules, String note, String createdBy, LocalDateTime createdAt) {
        this.versionNo = versionNo;
        this.baseScore = rules.base();
        this.aThreshold = rules.aThreshold();
        this.bThreshold = rules.bThreshold();
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        for (CreditGrading.Factor f : CreditGrading.Factor.values()) {
            rows.put(f, new Row(rules.rule(f)));
        }
    }

    /** The rules of this version. */
    public CreditGrading.Rules rules() {
        Map<CreditGrading.Factor, CreditGrading.Rule> map = new EnumMap<>(CreditGrading.Factor.class);
        rows.forEach((f, row) -> map.put(f, row.rule()));
        return new CreditGrading.Rules(versionNo, baseScore, aThreshold, bThreshold, map);
    }

    public Long getId() { return id; }
    public int getVersionNo() { return versionNo; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
