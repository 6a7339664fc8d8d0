package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts: login with throttling, self-registration of applicants (called by the enterprise register), staff
 * accounts, e-mailed one-time links (confirmation, password reset, invitation), deactivation. The only writer of
 * {@link UserAccount}.
 */
@ApplicationScoped
public class AccountService {
    @Inject
    PortalClock clock;

    /** Failed logins of one account within the window before it is refused for the rest of the window. */
    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    /** Failed logins from one address within the window before that address is refused. */
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

    private static final Duration CONFIRM_VALID = Duration.ofDays(3);
    private static final Duration RESET_VALID = Duration.ofHours(1);
    private static final Duration INVITE_VALID = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    PortalConfig config;

    @PostConstruct
    void init() {
        hasher.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    // ---------------------------------------------------------------- login

    /** How long the caller must wait before trying again, if throttled. */
    @Transactional
    public Optional<Duration> throttled(String username, String address) {
        LocalDateTime since = clock.now().minus(THROTTLE_WINDOW);
        long perAccount = failuresSince("a.username = :k", normalise(username), since);
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
        String name = normalise(username);
        if (name.isEmpty() || password == null || throttled(name, address).isPresent()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = findByUsername(name)
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .filter(a -> !a.isDemo() || config.demo())
                .filter(a -> a.getPasswordHash() != null && hasher.verify(password.toCharArray(), a.getPasswordHash()));
        em.persist(new LoginAttempt(name, address, account.isPresent(), clock.now()));
        account.ifPresent(a -> {
            // Not through the versioned entity: two logins of one account at the same moment (two browsers, or a
            // user and a script) would otherwise fail the second with a concurrent-change error.
            LocalDateTime now = clock.now();
            em.createQuery("UPDATE UserAccount u SET u.lastLoginAt = :t WHERE u.id = :id")
                    .setParameter("t", now).setParameter("id", a.getId()).executeUpdate();
            em.detach(a);
            a.setLastLoginAt(now);
        });
        return account;
    }

    @Transactional
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :n", UserAccount.class)
                .setParameter("n", normalise(username)).getResultStream().findFirst();
    }

    @Transactional
    public UserAccount get(Long id) {
        UserAccount a = em.find(UserAccount.class, id);
        if (a == null) {
            throw new NotFoundException("account " + id);
        }
        return a;
    }

    // ---------------------------------------------------------------- registration and invitations

    /**
     * Creates the first account of a newly registered enterprise, unconfirmed, and e-mails the confirmation link.
     * Runs inside the enterprise register's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UserAccount registerApplicant(Long enterpriseId, String username, String displayName, String email,
                                         String phone, String password, String locale) {
        requirePasswordAcceptable(password, username);
        UserAccount a = newAccount(username, displayName, email, Role.APPLICANT, AccountStatus.UNCONFIRMED, locale);
        a.setPhone(phone);
        a.setEnterpriseId(enterpriseId);
        a.setEnterpriseAdmin(true);
        a.setPasswordHash(hasher.generate(password.toCharArray()));
        em.persist(a);
        em.flush();
        audit.record(new Actor(a.getId(), a.getUsername(), Role.APPLICANT, enterpriseId), UserAccount.AUDIT_TYPE, a.getId(),
                "register", "username=" + a.getUsername() + ", enterprise=" + enterpriseId);
        String link = issueLink(a, OneTimeToken.Purpose.CONFIRM, CONFIRM_VALID, "/public/confirm");
        notifications.mail(a.getEmail(), a.getLocale(), "mail.confirm.subject", "mail.confirm.body",
                a.getDisplayName(), link, CONFIRM_VALID.toHours());
        return a;
    }

    /** Activates an account from its e-mailed confirmation link. */
    @Transactional
    public UserAccount confirm(String token) {
        OneTimeToken t = useToken(token, OneTimeToken.Purpose.CONFIRM);
        UserAccount a = get(t.userId());
        if (a.getStatus() == AccountStatus.UNCONFIRMED) {
            a.setStatus(AccountStatus.ACTIVE);
            audit.record(a.actor(), UserAccount.AUDIT_TYPE, a.getId(), "confirm", "status UNCONFIRMED -> ACTIVE");
        }
        return a;
    }

    /** An enterprise administrator invites a colleague, who receives a link to choose a username and password. */
    @Transactional
    public UserAccount inviteColleague(Actor actor, String displayName, String email, String locale) {
        UserAccount inviter = get(actor.userId());
        if (!inviter.isEnterpriseAdmin() || inviter.getEnterpriseId() == null) {
            throw new AccessDeniedException("invite by non-admin " + actor.username());
        }
        UserAccount a = newAccount("invited-" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE), displayName, email, Role.APPLICANT, AccountStatus.INVITED, locale);
        a.setEnterpriseId(inviter.getEnterpriseId());
        em.persist(a);
        em.flush();
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), "invite", "email=" + email + ", enterprise=" + inviter.getEnterpriseId());
        String link = issueLink(a, OneTimeToken.Purpose.INVITE, INVITE_VALID, "/public/accept-invitation");
        notifications.mail(email, locale, "mail.invite.subject", "mail.invite.body", displayName,
                inviter.getDisplayName(), link, INVITE_VALID.toDays());
        return a;
    }

    /** The invited person chooses a username and password; the account becomes active. */
    @Transactional
    public UserAccount acceptInvitation(String token, String username, String password) {
        OneTimeToken t = peekToken(token, OneTimeToken.Purpose.INVITE);
        UserAccount a = get(t.userId());
        String name = normalise(username);
        requireUsernameFree(name);
        requirePasswordAcceptable(password, name);
        t.use(clock.now());
        a.setUsername(name);
        a.setPasswordHash(hasher.generate(password.toCharArray()));
        a.setStatus(AccountStatus.ACTIVE);
        audit.record(a.actor(), UserAccount.AUDIT_TYPE, a.getId(), "accept-invitation", "username=" + name);
        return a;
    }

    /** Accounts of an enterprise, for its own administrator's colleague list. */
    @Transactional
    public List<UserAccount> colleagues(Actor actor) {
        if (!actor.is(Role.APPLICANT) || actor.enterpriseId() == null) {
            throw new AccessDeniedException("colleagues of " + actor.username());
        }
        return membersOf(actor.enterpriseId());
    }

    @Transactional
    public List<UserAccount> membersOf(Long enterpriseId) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.enterpriseId = :e ORDER BY u.id", UserAccount.class)
                .setParameter("e", enterpriseId).getResultList();
    }

    // ---------------------------------------------------------------- passwords

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
                .setParameter("n", normalise(key)).setParameter("e", key.toLowerCase(Locale.ROOT))
                .setParameter("s", AccountStatus.ACTIVE).getResultList();
        for (UserAccount a : matches) {
            String link = issueLink(a, OneTimeToken.Purpose.RESET, RESET_VALID, "/public/password-reset");
            audit.record(a.actor(), UserAccount.AUDIT_TYPE, a.getId(), "request-reset", "reset link sent to " + a.getEmail());
            notifications.mail(a.getEmail(), a.getLocale(), "mail.reset.subject", "mail.reset.body",
                    a.getDisplayName(), a.getUsername(), link, RESET_VALID.toMinutes());
        }
    }

    @Transactional
    public UserAccount resetPassword(String token, String newPassword) {
        OneTimeToken t = peekToken(token, OneTimeToken.Purpose.RESET);
        UserAccount a = get(t.userId());
        requirePasswordAcceptable(newPassword, a.getUsername());
        t.use(clock.now());
        a.setPasswordHash(hasher.generate(newPassword.toCharArray()));
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
        return findToken(token)
                .filter(t -> t.purpose().name().equalsIgnoreCase(purpose))
                .filter(t -> t.usableAt(clock.now())).isPresent();
    }

    @Transactional
    public void changePassword(Actor actor, String current, String newPassword) {
        UserAccount a = get(actor.userId());
        if (!hasher.verify(current.toCharArray(), a.getPasswordHash())) {
            throw BusinessException.onField("current", "password.currentWrong");
        }
        requirePasswordAcceptable(newPassword, a.getUsername());
        a.setPasswordHash(hasher.generate(newPassword.toCharArray()));
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), "change-password", "password changed by its holder");
    }

    @Transactional
    public void changeLocale(Actor actor, String locale) {
        if (actor.userId() != null) {
            UserAccount a = get(actor.userId());
            if (!a.getLocale().equals(locale)) {
                a.setLocale(locale);
            }
        }
    }

    // ---------------------------------------------------------------- staff

    /** Form for a staff-created account (recommender, expert, official, admin). */
    public record StaffAccountForm(String username, String displayName, String email, String phone, Role role,
                                   String organisation, String districtCode, String locale) {
    }

    /**
     * Admins create any staff account; officials create recommender and expert accounts. The holder receives an
     * invitation link to choose a password.
     */
    @Transactional
    public UserAccount createStaffAccount(Actor actor, StaffAccountForm f) {
        if (f.role() == null || !f.role().createdByStaff()) {
            throw BusinessException.onField("role", "account.role.staffOnly");
        }
        boolean allowed = actor.is(Role.ADMIN)
                || actor.is(Role.OFFICIAL) && (f.role() == Role.RECOMMENDER || f.role() == Role.EXPERT);
        if (!allowed) {
            throw new AccessDeniedException(actor.username() + " creating a " + f.role() + " account");
        }
        String name = normalise(f.username());
        requireUsernameFree(name);
        UserAccount a = newAccount(name, f.displayName(), f.email(), f.role(), AccountStatus.INVITED, f.locale());
        a.setPhone(f.phone());
        a.setOrganisation(f.organisation());
        a.setDistrictCode(f.districtCode() == null || f.districtCode().isBlank() ? null : f.districtCode());
        em.persist(a);
        em.flush();
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), "create", "username=" + name + ", role=" + f.role()
                + ", organisation=" + f.organisation());
        String link = issueLink(a, OneTimeToken.Purpose.RESET, INVITE_VALID, "/public/password-reset");
        notifications.mail(a.getEmail(), a.getLocale(), "mail.staffInvite.subject", "mail.staffInvite.body",
                a.getDisplayName(), a.getUsername(), link, INVITE_VALID.toDays());
        return a;
    }

    /** Deactivates (never deletes) an account. Admins may deactivate any other account, officials non-staff ones. */
    @Transactional
    public void setActive(Actor actor, Long userId, boolean active) {
        UserAccount a = get(userId);
        boolean allowed = actor.is(Role.ADMIN)
                || actor.is(Role.OFFICIAL) && a.getRole() != Role.ADMIN && a.getRole() != Role.OFFICIAL;
        if (!allowed || a.getId().equals(actor.userId())) {
            throw new AccessDeniedException(actor.username() + " changing account " + userId);
        }
        AccountStatus before = a.getStatus();
        AccountStatus after = active ? AccountStatus.ACTIVE : AccountStatus.DEACTIVATED;
        if (before == after) {
            return;
        }
        if (active && before != AccountStatus.DEACTIVATED) {
            throw new BusinessException("account.notDeactivated");
        }
        a.setStatus(after);
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), active ? "reactivate" : "deactivate", "status " + before + " -> " + after);
    }

    public record AccountFilter(String text, Role role, AccountStatus status) {
    }

    @Transactional
    public List<UserAccount> search(Actor actor, AccountFilter f, int first, int max) {
        actor.requireStaff("listing accounts");
        return filtered(f, "SELECT u FROM UserAccount u", " ORDER BY u.role, u.username", UserAccount.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional
    public long count(Actor actor, AccountFilter f) {
        actor.requireStaff("listing accounts");
        return filtered(f, "SELECT COUNT(u) FROM UserAccount u", "", Long.class).getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> filtered(AccountFilter f, String select, String order, Class<T> type) {
        String where = " WHERE (:text IS NULL OR LOWER(u.username) LIKE :text OR LOWER(u.displayName) LIKE :text"
                + " OR LOWER(u.email) LIKE :text) AND (:role IS NULL OR u.role = :role)"
                + " AND (:status IS NULL OR u.status = :status)";
        String text = f.text() == null || f.text().isBlank() ? null : Like.contains(f.text().trim().toLowerCase(Locale.ROOT));
        return em.createQuery(select + where + order, type)
                .setParameter("text", text).setParameter("role", f.role()).setParameter("status", f.status());
    }

    // ---------------------------------------------------------------- demo

    /** Demo accounts share one hash of the demo password, computed once, so start-up stays quick. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UserAccount createDemoAccount(UserAccount a, String passwordHash) {
        if (!config.demo()) {
            throw new IllegalStateException("demo accounts are refused outside demo mode");
        }
        a.setDemo(true);
        a.setStatus(AccountStatus.ACTIVE);
        a.setPasswordHash(passwordHash);
        em.persist(a);
        em.flush();
        audit.record(Actor.system(), UserAccount.AUDIT_TYPE, a.getId(), "create-demo", "username=" + a.getUsername() + ", role=" + a.getRole());
        return a;
    }

    public String hash(String password) {
        return hasher.generate(password.toCharArray());
    }

    // ---------------------------------------------------------------- helpers

    private UserAccount newAccount(String username, String displayName, String email, Role role, AccountStatus status,
                                   String locale) {
        String name = normalise(username);
        requireUsernameFree(name);
        return new UserAccount(name, trim(displayName), trim(email), role, status,
                locale == null ? "zh-CN" : locale, clock.now());
    }

    private void requireUsernameFree(String name) {
        if (findByUsername(name).isPresent()) {
            throw BusinessException.onField("username", "account.username.taken", name);
        }
    }

    private static void requirePasswordAcceptable(String password, String username) {
        List<String> problems = PasswordPolicy.violations(password == null ? "" : password, username);
        if (!problems.isEmpty()) {
            throw BusinessException.onField("password", problems.get(0));
        }
    }


    private String issueLink(UserAccount a, OneTimeToken.Purpose purpose, Duration valid, String page) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secretPart = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        LocalDateTime now = clock.now();
        em.persist(new OneTimeToken(sha256(secretPart), purpose, a.getId(), now, now.plus(valid)));
        return config.baseUrl() + page + "?token=" + secretPart;
    }

    private Optional<OneTimeToken> findToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM OneTimeToken t WHERE t.tokenHash = :h", OneTimeToken.class)
                .setParameter("h", sha256(token)).getResultStream().findFirst();
    }

    private OneTimeToken peekToken(String token, OneTimeToken.Purpose purpose) {
        return findToken(token)
                .filter(t -> t.purpose() == purpose)
                .filter(t -> t.usableAt(clock.now()))
                .orElseThrow(() -> new BusinessException("token.invalid"));
    }

    private OneTimeToken useToken(String token, OneTimeToken.Purpose purpose) {
        OneTimeToken t = peekToken(token, purpose);
        t.use(clock.now());
        return t;
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
