package cn.tianjin.quality.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A grade as computed and kept in the history: stored when an enterprise's grade, score or reasons change. */
@Entity
@Table(name = "credit_grade")
public class GradeRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CreditGrading.Grade grade;

    @Column(nullable = false)
    private int score;

    @Column(name = "rules_version", nullable = false)
    private int rulesVersion;

    @Column(nullable = false)
    private String reasons;

    @Column(name = "computed_on", nullable = false)
    private LocalDate computedOn;

    @Column(name = "computed_at", nullable = false)
    private LocalDateTime computedAt;

    protected GradeRecord() {
    }

    GradeRecord(String creditCode, CreditGrading.Result r, LocalDate on, LocalDateTime at) {
        this.creditCode = creditCode;
        this.grade = r.grade();
        this.score = r.score();
        this.rulesVersion = r.rulesVersion();
        this.reasons = encode(r.reasons());
        this.computedOn = on;
        this.computedAt = at;
    }

    /** Whether this record says the same as a fresh result (then nothing new is stored). */
    boolean sameAs(CreditGrading.Result r) {
        return grade == r.grade() && score == r.score() && rulesVersion == r.rulesVersion() && reasons.equals(encode(r.reasons()));
    }

    static String encode(List<CreditGrading.Reason> reasons) {
        StringBuilder b = new StringBuilder();
        for (CreditGrading.Reason r : reasons) {
            b.append(r.factor()).append('|').append(r.points()).append('|').append(r.on()).append('|')
                    .append(r.countsUntil() == null ? "" : r.countsUntil()).append('|')
                    .append(r.detail() == null ? "" : r.detail().replace('\n', ' ').replace('|', '/')).append('\n');
        }
        return b.toString();
    }

    /** The reasons as stored. */
    public List<CreditGrading.Reason> reasonList() {
        List<CreditGrading.Reason> out = new ArrayList<>();
        for (String line : reasons.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|", 5);
            out.add(new CreditGrading.Reason(CreditGrading.Factor.valueOf(p[0]), Integer.parseInt(p[1]), LocalDate.parse(p[2]),
                    p[3].isEmpty() ? null : LocalDate.parse(p[3]), p.length > 4 ? p[4] : ""));
        }
        return out;
    }

    public Long getId() { return id; }
    public String getCreditCode() { return creditCode; }
    public CreditGrading.Grade getGrade() { return grade; }
    public int getScore() { return score; }
    public int getRulesVersion() { return rulesVersion; }
    public LocalDate getComputedOn() { return computedOn; }
    public LocalDateTime getComputedAt() { return computedAt; }
}
