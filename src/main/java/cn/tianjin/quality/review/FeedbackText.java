package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The strengths and opportunities for one rubric category of an entry's feedback report, as an official edited them. */
@Entity
@Table(name = "feedback_text")
public class FeedbackText {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    private String strengths;

    private String opportunities;

    @Column(name = "edited_by", nullable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private LocalDateTime editedAt;

    @Version
    private int version;

    protected FeedbackText() {
    }

    FeedbackText(Long entryId, String categoryCode) {
        this.entryId = entryId;
        this.categoryCode = categoryCode;
    }

    void edit(String strengths, String opportunities, String by, LocalDateTime at) {
        this.strengths = strengths;
        this.opportunities = opportunities;
        this.editedBy = by;
        this.editedAt = at;
    }

    public Long getId() { return id; }
    public Long getEntryId() { return entryId; }
    public String getCategoryCode() { return categoryCode; }
    public String getStrengths() { return strengths; }
    public String getOpportunities() { return opportunities; }
    public String getEditedBy() { return editedBy; }
    public LocalDateTime getEditedAt() { return editedAt; }
    public int getVersion() { return version; }
}
