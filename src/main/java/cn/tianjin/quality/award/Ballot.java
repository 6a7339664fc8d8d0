package cn.tianjin.quality.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** That a member has voted on an entry, and when; never how. The count is in {@link VoteCount}. */
@Entity
@Table(name = "award_ballot")
public class Ballot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "member_user_id", nullable = false)
    private Long memberUserId;

    @Column(name = "cast_at", nullable = false)
    private LocalDateTime castAt;

    protected Ballot() {
    }

    Ballot(Long applicationId, Long memberUserId, LocalDateTime castAt) {
        this.applicationId = applicationId;
        this.memberUserId = memberUserId;
        this.castAt = castAt;
    }

    public Long getApplicationId() { return applicationId; }
    public Long getMemberUserId() { return memberUserId; }
}
