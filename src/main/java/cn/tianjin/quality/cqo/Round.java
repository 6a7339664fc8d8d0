package cn.tianjin.quality.cqo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One submission of a filing and the bureau's answer to it. What was submitted is kept as text (the identity number
 * masked), so a returned and corrected filing still shows what the bureau saw each time and why it was returned.
 */
@Entity
@Table(name = "cqo_round")
public class Round implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The bureau's answer to a round. */
    public enum Decision { ACCEPTED, RETURNED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "filing_id", nullable = false)
    private Long filingId;

    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(nullable = false)
    private String snapshot;

    @Column(name = "letter_id")
    private Long letterId;

    @Column(name = "rule_set_id", nullable = false)
    private Long ruleSetId;

    @Column(name = "rule_met", nullable = false)
    private boolean ruleMet;

    @Column(name = "rule_shortfalls", nullable = false)
    private String ruleShortfalls;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Decision decision;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    private String reasons;

    protected Round() {
    }

    Round(Filing f, String submittedBy, String snapshot, LocalDateTime at) {
        this.filingId = f.getId();
        this.roundNo = f.getRoundNo();
        this.submittedAt = at;
        this.submittedBy = submittedBy;
        this.snapshot = snapshot;
        this.letterId = f.getLetterId();
        this.ruleSetId = f.getRuleSetId();
        this.ruleMet = f.isRuleMet();
        this.ruleShortfalls = f.getRuleShortfalls();
    }

    void decide(Decision d, String by, String why, LocalDateTime at) {
        this.decision = d;
        this.decidedBy = by;
        this.reasons = why;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getFilingId() { return filingId; }
    public int getRoundNo() { return roundNo; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getSnapshot() { return snapshot; }
    public Long getLetterId() { return letterId; }
    public Long getRuleSetId() { return ruleSetId; }
    public boolean isRuleMet() { return ruleMet; }
    public String getRuleShortfalls() { return ruleShortfalls; }
    public Decision getDecision() { return decision; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReasons() { return reasons; }
}
