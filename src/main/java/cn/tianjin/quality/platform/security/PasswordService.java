package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Passwords: a reset link e-mailed on request and the new password chosen through it (which also activates a staff
 * account created without one), whether a link is still usable, and a holder changing their own password.
 */
@ApplicationScoped
public class PasswordService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hashes;

    @Inject
    OneTimeLinks links;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    /** Always answers the same way, whether or not the address is known, so it cannot be used to probe accounts. */
    @Transactional
    public void requestPasswordReset(String usernameOrEmail, String locale) {
        String key = usernameOrEmail == null ? "" : usernameOrEmail.trim();
        if (key.isEmpty()) {
            return;
        }
        List<UserAccount> matches = em.createQuery(
                        "SELECT u FROM UserAccount u WHERE (u.username = :n OR LOWER(u.email) = :e) AND u.status = :s",
                        UserAccount.class)
                .setParameter("n", AccountService.normalise(key)).setParameter("e", key.toLowerCase(Locale.ROOT))
                .setParameter("s", AccountStatus.ACTIVE).getResultList();
        for (UserAccount a : matches) {
            String link = links.issue(a, OneTimeToken.Purpose.RESET, OneTimeLinks.RESET_VALID, "/public/password-reset");
            audit.record(a.actor(), UserAccount.AUDIT_TYPE, a.getId(), "request-reset", "reset link sent to " + a.getEmail());
            notifications.mail(a.getEmail(), a.getLocale(), "mail.reset.subject", "mail.reset.body",
                    a.getDisplayName(), a.getUsername(), link, OneTimeLinks.RESET_VALID.toMinutes());
        }
    }

    @Transactional
    public UserAccount resetPassword(String token, String newPassword) {
        OneTimeToken t = links.peek(token, OneTimeToken.Purpose.RESET);
        UserAccount a = accounts.get(t.userId());
        AccountService.requirePasswordAcceptable(newPassword, a.getUsername());
        t.use(clock.now());
        a.setPasswordHash(hashes.generate(newPassword.toCharArray()));
        if (a.getStatus() == AccountStatus.INVITED) {
            // Staff accounts are created without a password; choosing one through the link activates them.
            a.setStatus(AccountStatus.ACTIVE);
        }
        audit.record(a.actor(), UserAccount.AUDIT_TYPE, a.getId(), "reset-password", "password set through e-mailed link");
        return a;
    }

    /** Whether a link is still usable, so the page can say so before the user types a new password. */
    @Transactional
    public boolean linkUsable(String token, String purpose) {
        return links.find(token)
                .filter(t -> t.purpose().name().equalsIgnoreCase(purpose))
                .filter(t -> t.usableAt(clock.now())).isPresent();
    }

    @Transactional
    public void changePassword(Actor actor, String current, String newPassword) {
        UserAccount a = accounts.get(actor.userId());
        if (!hashes.verify(current.toCharArray(), a.getPasswordHash())) {
            throw BusinessException.onField("current", "password.currentWrong");
        }
        AccountService.requirePasswordAcceptable(newPassword, a.getUsername());
        a.setPasswordHash(hashes.generate(newPassword.toCharArray()));
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), "change-password", "password changed by its holder");
    }
}
