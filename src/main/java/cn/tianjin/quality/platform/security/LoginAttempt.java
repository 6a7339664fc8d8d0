package cn.tianjin.quality.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "login_attempt")
class LoginAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private boolean succeeded;

    @Column(name = "attempted_at", nullable = false)
    private LocalDateTime attemptedAt;

    protected LoginAttempt() {
    }

    LoginAttempt(String username, String address, boolean succeeded, LocalDateTime attemptedAt) {
        this.username = username;
        this.address = address;
        this.succeeded = succeeded;
        this.attemptedAt = attemptedAt;
    }
}
