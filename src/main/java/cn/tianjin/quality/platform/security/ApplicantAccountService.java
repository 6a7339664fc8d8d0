package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;

/**
 * Applicants' accounts: the first account of a newly registered enterprise (called by the enterprise register) and its
 * confirmation link, colleagues invited by the enterprise's administrator and their acceptance, and the accounts of an
 * enterprise.
 */
@ApplicationScoped
public class ApplicantAccountService {
    @Inject
    PortalClock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * Creates the first account of a newly registered enterprise, unconfirmed, and e-mails the confirmation link.
     * Runs inside the enterprise register's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UserAccount registerApplicant(Long enterpriseId, String username, String displayName, String email,
                                         String phone, String password, String locale) {
        AccountService.requirePasswordAcceptable(password, username);
        UserAccount a = accounts.newAccount(username, displayName, email, Role.APPLICANT, AccountStatus.UNCONFIRMED, locale);
        a.setPhone(phone);
        a.setEnterpriseId(enterpriseId);
        a.setEnterpriseAdmin(true);
        a.setPasswordHash(hashes.generate(password.toCharArray()));
        em.persist(a);
        em.flush();
        audit.record(new Actor(a.getId(), a.getUsername(), Role.APPLICANT, enterpriseId), UserAccount.AUDIT_TYPE, a.getId(),
                "register", "username=" + a.getUsername() + ", enterprise=" + enterpriseId);
        String link = links.issue(a, OneTimeToken.Purpose.CONFIRM, OneTimeLinks.CONFIRM_VALID, "/public/confirm");
        notifications.mail(a.getEmail(), a.getLocale(), "mail.confirm.subject", "mail.confirm.body",
                a.getDisplayName(), link, OneTimeLinks.CONFIRM_VALID.toHours());
        return a;
    }

    /** Activates an account from its e-mailed confirmation link. */
    @Transactional
    public UserAccount confirm(String token) {
        OneTimeToken t = links.use(token, OneTimeToken.Purpose.CONFIRM);
        UserAccount a = accounts.get(t.userId());
        if (a.getStatus() == AccountStatus.UNCONFIRMED) {
            a.setStatus(AccountStatus.ACTIVE);
            audit.record(a.actor(), UserAccount.AUDIT_TYPE, a.getId(), "confirm", "status UNCONFIRMED -> ACTIVE");
        }
        return a;
    }

    /** An enterprise administrator invites a colleague, who receives a link to choose a username and password. */
    @Transactional
    public UserAccount inviteColleague(Actor actor, String displayName, String email, String locale) {
        UserAccount inviter = accounts.get(actor.userId());
        if (!inviter.isEnterpriseAdmin() || inviter.getEnterpriseId() == null) {
            throw new AccessDeniedException("invite by non-admin " + actor.username());
        }
        UserAccount a = accounts.newAccount("invited-" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE), displayName, email, Role.APPLICANT, AccountStatus.INVITED, locale);
        a.setEnterpriseId(inviter.getEnterpriseId());
        em.persist(a);
        em.flush();
        audit.record(actor, UserAccount.AUDIT_TYPE, a.getId(), "invite", "email=" + email + ", enterprise=" + inviter.getEnterpriseId());
        String link = links.issue(a, OneTimeToken.Purpose.INVITE, OneTimeLinks.INVITE_VALID, "/public/accept-invitation");
        notifications.mail(email, locale, "mail.invite.subject", "mail.invite.body", displayName,
                inviter.getDisplayName(), link, OneTimeLinks.INVITE_VALID.toDays());
        return a;
    }

    /** The invited person chooses a username and password; the account becomes active. */
    @Transactional
    public UserAccount acceptInvitation(String token, String username, String password) {
        OneTimeToken t = links.peek(token, OneTimeToken.Purpose.INVITE);
        UserAccount a = accounts.get(t.userId());
        String name = AccountService.normalise(username);
        accounts.requireUsernameFree(name);
        AccountService.requirePasswordAcceptable(password, name);
        t.use(clock.now());
        a.setUsername(name);
        a.setPasswordHash(hashes.generate(password.toCharArray()));
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
}
