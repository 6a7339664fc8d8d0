package cn.tianjin.quality.platform.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A user's calendar feed: the SHA-256 of the secret in its link. One per user; renewing replaces the secret. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(Long userId, String tokenHash, LocalDateTime createdAt) {
        this.userId = userId;
        renew(tokenHash, createdAt);
    }

    final void renew(String hash, LocalDateTime at) {
        this.tokenHash = hash;
        this.createdAt = at;
    }

    public Long getUserId() { return userId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
