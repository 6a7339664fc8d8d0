package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** One rubric item on a score sheet: the percentage given and the expert's comments. */
@Entity
@Table(name = "score_item")
public class ScoreItem implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sheet_id", nullable = false)
    private Long sheetId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    private Integer percent;

    private String strengths;

    private String opportunities;

    @Version
    private int version;

    protected ScoreItem() {
    }

    ScoreItem(Long sheetId, String itemCode) {
        this.sheetId = sheetId;
        this.itemCode = itemCode;
    }

    void set(Integer percent, String strengths, String opportunities) {
        this.percent = percent;
        this.strengths = strengths == null || strengths.isBlank() ? null : strengths.trim();
        this.opportunities = opportunities == null || opportunities.isBlank() ? null : opportunities.trim();
    }

    void revise(int newPercent) {
        this.percent = newPercent;
    }

    public Long getId() { return id; }
    public Long getSheetId() { return sheetId; }
    public String getItemCode() { return itemCode; }
    public Integer getPercent() { return percent; }
    public String getStrengths() { return strengths; }
    public String getOpportunities() { return opportunities; }
}
