package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Logging in: checks a password, records every attempt, and throttles failed logins per account and per address.
 */
@ApplicationScoped
public class LoginService {
    @Inject
    LoginRefusal refusal;

    @Inject
    PortalClock clock;

    /** Failed logins of one account within the window before it is refused for the rest of the window. */
    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    /** Failed logins from one address within the window before that address is refused. */
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hashes;

    @Inject
    PortalConfig config;

    @Inject
    AuditLog audit;

    /** How long the caller must wait before trying again, if throttled. */
    @Transactional
    public Optional<Duration> throttled(String username, String address) {
        LocalDateTime since = clock.now().minus(THROTTLE_WINDOW);
        long perAccount = failuresSince("a.username = :k", AccountService.normalise(username), since);
        long perAddress = failuresSince("a.address = :k", address, since);
        if (perAccount >= MAX_FAILURES_PER_ACCOUNT || perAddress >= MAX_FAILURES_PER_ADDRESS) {
            return Optional.of(THROTTLE_WINDOW);
        }
        return Optional.empty();
    }

    private long failuresSince(String condition, String key, LocalDateTime since) {
        return em.createQuery("SELECT COUNT(a) FROM LoginAttempt a WHERE " + condition
                        + " AND a.succeeded = FALSE AND a.attemptedAt > :since", Long.class)
                .setParameter("k", key).setParameter("since", since).getSingleResult();
    }

    /**
     * Checks a password. Records the attempt (for throttling) whatever the outcome; a throttled account or address
     * is refused even with the right password. Demo accounts are refused outside demo mode.
     */
    @Transactional(dontRollbackOn = BusinessException.class)
    public Optional<UserAccount> authenticate(String username, String password, String address) {
        String name = AccountService.normalise(username);
        if (name.isEmpty() || password == null || throttled(name, address).isPresent()) {
            return Optional.empty();
        }
        Optional<UserAccount> verified = accounts.findByUsername(name)
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .filter(a -> !a.isDemo() || config.demo())
                .filter(a -> a.getPasswordHash() != null && hashes.verify(password.toCharArray(), a.getPasswordHash()));
        // The password was right but the account's organisation is suspended: the one refusal worth telling its owner.
        verified.filter(a -> !accounts.mayAct(a)).ifPresent(a -> refusal.refuse("login.organisationSuspended"));
        Optional<UserAccount> account = verified.filter(accounts::mayAct);
        em.persist(new LoginAttempt(name, address, account.isPresent(), clock.now()));
        account.ifPresent(a -> {
            // Not through the versioned entity: two logins of one account at the same moment (two browsers, or a
            // user and a script) would otherwise fail the second with a concurrent-change error.
            LocalDateTime now = clock.now();
            em.createQuery("UPDATE UserAccount u SET u.lastLoginAt = :t WHERE u.id = :id")
                    .setParameter("t", now).setParameter("id", a.getId()).executeUpdate();
            em.detach(a);
            a.setLastLoginAt(now);
            if (PasswordHasher.outdated(a.getPasswordHash())) {
                upgrade(a, password);
            }
        });
        return account;
    }

    /**
     * Replaces a hash made with weaker parameters, now that the password is at hand; only if the stored hash is still
     * the one just verified, so a password changed at the same moment is not overwritten.
     */
    private void upgrade(UserAccount a, String password) {
        String stronger = hashes.generate(password.toCharArray());
        int changed = em.createQuery("UPDATE UserAccount u SET u.passwordHash = :h WHERE u.id = :id AND u.passwordHash = :old")
                .setParameter("h", stronger).setParameter("id", a.getId()).setParameter("old", a.getPasswordHash())
                .executeUpdate();
        if (changed == 1) {
            a.setPasswordHash(stronger);
            audit.record(a.actor(), UserAccount.AUDIT_TYPE, a.getId(), "rehash-password",
                    "password hash renewed at login (PBKDF2-HMAC-SHA256, " + PasswordHasher.ITERATIONS + " iterations)");
        }
    }
}
