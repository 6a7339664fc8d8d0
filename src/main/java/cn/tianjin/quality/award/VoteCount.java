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

/**
 * The committee's vote counts on one shortlisted entry and, once voting is closed, its decision. What becomes of the
 * decision on public display (an upheld objection, a freed place) is the display's.
 */
@Entity
@Table(name = "award_vote_count")
public class VoteCount implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "award_votes", nullable = false)
    private int award;

    @Column(name = "nomination_votes", nullable = false)
    private int nomination;

    @Column(name = "neither_votes", nullable = false)
    private int neither;

    @Enumerated(EnumType.STRING)
    private CommitteeRules.Outcome outcome;

    @Enumerated(EnumType.STRING)
    private CommitteeRules.Reason reason;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private int version;

    protected VoteCount() {
    }

    VoteCount(Long applicationId) {
        this.applicationId = applicationId;
    }

    void add(CommitteeRules.Outcome choice) {
        switch (choice) {
            case AWARD -> award++;
            case NOMINATION -> nomination++;
            case NONE -> neither++;
        }
    }

    void decided(CommitteeRules.Decision d, LocalDateTime at) {
        this.outcome = d.outcome();
        this.reason = d.reason();
        this.decidedAt = at;
    }

    CommitteeRules.Tally tally() {
        return new CommitteeRules.Tally(applicationId, award, nomination, neither);
    }

    public int getCast() { return award + nomination + neither; }
    public Long getApplicationId() { return applicationId; }
    public int getAward() { return award; }
    public int getNomination() { return nomination; }
    public int getNeither() { return neither; }
    public CommitteeRules.Outcome getOutcome() { return outcome; }
    public CommitteeRules.Reason getReason() { return reason; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
}
