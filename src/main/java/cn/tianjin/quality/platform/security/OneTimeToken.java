package cn.tianjin.quality.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A link sent by e-mail. Only the SHA-256 of the token is stored, so a copy of the database opens nothing. */
@Entity
@Table(name = "one_time_token")
class OneTimeToken {
    enum Purpose { CONFIRM, RESET, INVITE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected OneTimeToken() {
    }

    OneTimeToken(String tokenHash, Purpose purpose, Long userId, LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.userId = userId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(LocalDateTime now) {
        this.usedAt = now;
    }

    Purpose purpose() { return purpose; }
    Long userId() { return userId; }
}
