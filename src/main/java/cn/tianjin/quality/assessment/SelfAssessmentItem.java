package cn.tianjin.quality.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** One rubric item of a self-assessment: the percentage the enterprise gave itself (null until scored) and a note. */
@Entity
@Table(name = "self_assessment_item")
public class SelfAssessmentItem {
    /** The longest note the column holds. */
    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    private Integer percent;

    @Size(max = NOTE_MAX)
    private String note;

    @Version
    private int version;

    protected SelfAssessmentItem() {
    }

    SelfAssessmentItem(Long assessmentId, String itemCode, Integer percent, String note) {
        this.assessmentId = assessmentId;
        this.itemCode = itemCode;
        set(percent, note);
    }

    void set(Integer percent, String note) {
        this.percent = percent;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public Long getId() { return id; }
    public Long getAssessmentId() { return assessmentId; }
    public String getItemCode() { return itemCode; }
    public Integer getPercent() { return percent; }
    public String getNote() { return note; }
}
