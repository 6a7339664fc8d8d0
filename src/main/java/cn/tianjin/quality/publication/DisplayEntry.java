package cn.tianjin.quality.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * One ranked entry of a display: proposed at a level, or ranked without a level (it may receive a place freed by an
 * upheld objection, if the programme's rule says so). The enterprise and subject names are copied as the display
 * first printed them.
 */
@Entity
@Table(name = "display_entry")
public class DisplayEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Why an entry was taken off the proposal during or right after the display. */
    public enum Removal { OBJECTION, VETO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_id", nullable = false)
    private Long displayId;

    /** The application this entry is, in the programme's terms. */
    @Column(name = "ref_id", nullable = false)
    private Long refId;

    @Column(name = "rank_no", nullable = false)
    private int rank;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    /** The level the programme proposed when the display opened; null when ranked without one. */
    @Column(name = "proposed_level")
    private String proposedLevel;

    /** The level as it stands after objections and the last credit check; null when off the proposal. */
    private String level;

    @Enumerated(EnumType.STRING)
    @Column(name = "removed_for")
    private Removal removedFor;

    @Version
    private int version;

    protected DisplayEntry() {
    }

    DisplayEntry(Long displayId, DisplayService.Ranked r) {
        this.displayId = displayId;
        this.refId = r.refId();
        this.rank = r.rank();
        this.enterpriseId = r.enterpriseId();
        this.enterpriseName = r.enterpriseName();
        this.subjectName = r.subjectName();
        this.proposedLevel = r.level();
        this.level = r.level();
    }

    void level(String now) {
        this.level = now;
    }

    void removed(Removal why) {
        this.removedFor = why;
        this.level = null;
    }

    /** On the proposal now: it has a level and nothing took it off. */
    public boolean isProposed() {
        return level != null && removedFor == null;
    }

    /** It got a place freed by an upheld objection, which it had not been proposed for. */
    public boolean isMoved() {
        return removedFor == null && level != null && !level.equals(proposedLevel);
    }

    public Long getId() { return id; }
    public Long getDisplayId() { return displayId; }
    public Long getRefId() { return refId; }
    public int getRank() { return rank; }
    public Long getEnterpriseId() { return enterpriseId; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getSubjectName() { return subjectName; }
    public String getProposedLevel() { return proposedLevel; }
    public String getLevel() { return level; }
    public Removal getRemovedFor() { return removedFor; }
    public int getVersion() { return version; }
}
