package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The application's account of one rubric category, as sanitised formatted text (HTML). */
@Entity
@Table(name = "award_narrative")
public class AwardNarrative {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    private String body;

    @Version
    private int version;

    protected AwardNarrative() {
    }

    AwardNarrative(Long applicationId, String categoryCode) {
        this.applicationId = applicationId;
        this.categoryCode = categoryCode;
    }

    void body(String sanitised) {
        this.body = sanitised;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getCategoryCode() { return categoryCode; }
    public String getBody() { return body; }
}
