package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A message in a panel's consensus discussion on one entry; shown to the panel under a letter, never a name. */
@Entity
@Table(name = "consensus_post")
public class ConsensusPost {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "author_user_id", nullable = false)
    private Long authorUserId;

    @Column(nullable = false)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private LocalDateTime postedAt;

    protected ConsensusPost() {
    }

    ConsensusPost(Long entryId, Long authorUserId, String body, LocalDateTime postedAt) {
        this.entryId = entryId;
        this.authorUserId = authorUserId;
        this.body = body;
        this.postedAt = postedAt;
    }

    public Long getId() { return id; }
    public Long getEntryId() { return entryId; }
    public Long getAuthorUserId() { return authorUserId; }
    public String getBody() { return body; }
    public LocalDateTime getPostedAt() { return postedAt; }
}
