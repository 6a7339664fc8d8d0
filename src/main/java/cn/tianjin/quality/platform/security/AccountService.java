package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts by username or id, the rules every new account starts from (a normalised username nobody holds, a password
 * the policy accepts), a holder's language, and the demo accounts. Logging in ({@link LoginService}), applicants and
 * their colleagues ({@link ApplicantAccountService}), passwords and their e-mailed links ({@link PasswordService}) and
 * staff accounts ({@link StaffAccountService}) build on it; these five are the only writers of {@link UserAccount}.
 */
@ApplicationScoped
public class AccountService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hashes;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    Organisations organisations;

    /**
     * Whether the account may act now, at login and on every request: active, and for an organisation's evaluator or
     * expert while the organisation is not suspended (its staff wait for the reinstatement).
     */
    public boolean mayAct(UserAccount a) {
        return a.getStatus() == AccountStatus.ACTIVE
                && (a.getRole() != Role.EVALUATOR && a.getOrganisationId() == null || organisations.active(a.getOrganisationId()));
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

    @Transactional
    public void changeLocale(Actor actor, String locale) {
        if (actor.userId() != null) {
            UserAccount a = get(actor.userId());
            if (!a.getLocale().equals(locale)) {
                a.setLocale(locale);
            }
        }
    }

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
        return hashes.generate(password.toCharArray());
    }

    /** A new account, not yet stored, under a normalised username nobody holds. */
    UserAccount newAccount(String username, String displayName, String email, Role role, AccountStatus status,
                           String locale) {
        String name = normalise(username);
        requireUsernameFree(name);
        return new UserAccount(name, trim(displayName), trim(email), role, status,
                locale == null ? "zh-CN" : locale, clock.now());
    }

    /** Refuses a (normalised) username someone already holds, on the username field. */
    void requireUsernameFree(String name) {
        if (findByUsername(name).isPresent()) {
            throw BusinessException.onField("username", "account.username.taken", name);
        }
    }

    /** Refuses a password the policy does not accept, on the password field, with the first rule it breaks. */
    static void requirePasswordAcceptable(String password, String username) {
        List<String> problems = PasswordPolicy.violations(password == null ? "" : password, username);
        if (!problems.isEmpty()) {
            throw BusinessException.onField("password", problems.get(0));
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
