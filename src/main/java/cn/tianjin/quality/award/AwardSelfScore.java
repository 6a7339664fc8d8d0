package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The applicant's own score for one rubric item, a percentage in 5% steps. */
@Entity
@Table(name = "award_self_score")
public class AwardSelfScore {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    private Integer percent;

    @Version
    private int version;

    protected AwardSelfScore() {
    }

    AwardSelfScore(Long applicationId, String itemCode) {
        this.applicationId = applicationId;
        this.itemCode = itemCode;
    }

    void percent(Integer p) {
        this.percent = p;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getItemCode() { return itemCode; }
    public Integer getPercent() { return percent; }
}
