package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** An item score an expert changed during consensus, with the reason given; never edited or deleted. */
@Entity
@Table(name = "score_revision")
public class ScoreRevision implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sheet_id", nullable = false)
    private Long sheetId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @Column(name = "old_percent", nullable = false)
    private int oldPercent;

    @Column(name = "new_percent", nullable = false)
    private int newPercent;

    @Column(nullable = false)
    private String reason;

    @Column(name = "revised_at", nullable = false)
    private LocalDateTime revisedAt;

    protected ScoreRevision() {
    }

    ScoreRevision(Long sheetId, String itemCode, int oldPercent, int newPercent, String reason, LocalDateTime revisedAt) {
        this.sheetId = sheetId;
        this.itemCode = itemCode;
        this.oldPercent = oldPercent;
        this.newPercent = newPercent;
        this.reason = reason;
        this.revisedAt = revisedAt;
    }

    public Long getId() { return id; }
    public Long getSheetId() { return sheetId; }
    public String getItemCode() { return itemCode; }
    public int getOldPercent() { return oldPercent; }
    public int getNewPercent() { return newPercent; }
    public String getReason() { return reason; }
    public LocalDateTime getRevisedAt() { return revisedAt; }
}
