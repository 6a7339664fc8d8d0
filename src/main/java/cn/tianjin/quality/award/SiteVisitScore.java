package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The site-visit team's score for one rubric category, in tenths of a point. */
@Entity
@Table(name = "award_site_visit_score")
public class SiteVisitScore {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @Column(name = "score_tenths", nullable = false)
    private int scoreTenths;

    protected SiteVisitScore() {
    }

    SiteVisitScore(Long visitId, String categoryCode, BigDecimal score) {
        this.visitId = visitId;
        this.categoryCode = categoryCode;
        this.scoreTenths = score.movePointRight(1).intValueExact();
    }

    public String getCategoryCode() { return categoryCode; }

    public BigDecimal getScore() {
        return BigDecimal.valueOf(scoreTenths, 1);
    }
}
