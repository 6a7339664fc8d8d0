package cn.tianjin.quality.award;

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
import java.time.LocalDateTime;

/** One line of an application's eligibility checklist: the portal's automatic result and the official's finding. */
@Entity
@Table(name = "award_eligibility")
public class EligibilityItem implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_code", nullable = false)
    private EligibilityRules.Check check;

    @Enumerated(EnumType.STRING)
    @Column(name = "auto_result", nullable = false)
    private EligibilityRules.Result autoResult;

    /** The automatic result's explanation, rendered in Chinese when the check ran (the official reads it). */
    @Column(name = "auto_detail")
    private String autoDetail;

    /** The official's result; null while only the automatic result stands. */
    @Enumerated(EnumType.STRING)
    private EligibilityRules.Result result;

    private String finding;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private LocalDateTime checkedAt;

    @Version
    private int version;

    protected EligibilityItem() {
    }

    EligibilityItem(Long applicationId, EligibilityRules.Check check, EligibilityRules.Result autoResult, String autoDetail) {
        this.applicationId = applicationId;
        this.check = check;
        this.autoResult = autoResult;
        this.autoDetail = autoDetail;
    }

    void record(EligibilityRules.Result r, String finding, String by, LocalDateTime at) {
        this.result = r;
        this.finding = finding;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    /** The result that counts: the official's where recorded, otherwise the automatic one. */
    public EligibilityRules.Result getEffective() {
        return result != null ? result : autoResult;
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public EligibilityRules.Check getCheck() { return check; }
    public EligibilityRules.Result getAutoResult() { return autoResult; }
    public String getAutoDetail() { return autoDetail; }
    public EligibilityRules.Result getResult() { return result; }
    public String getFinding() { return finding; }
    public String getCheckedBy() { return checkedBy; }
    public LocalDateTime getCheckedAt() { return checkedAt; }
    public int getVersion() { return version; }
}
