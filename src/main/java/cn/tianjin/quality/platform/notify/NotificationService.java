package cn.tianjin.quality.platform.notify;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * The in-app inbox and the e-mail outbox. Texts are rendered from the bundle in the recipient's language
 * when the message is created. Mail is written to the outbox in the caller's transaction and sent after commit
 * by {@link MailSender}; in demo mode it is kept in the outbox and never leaves the machine.
 */
@ApplicationScoped
public class NotificationService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Event<MailQueued> queued;

    /** Fired when a mail is stored; {@link MailSender} sends it once the transaction has committed. */
    public record MailQueued(Long mailId) {
    }

    /** An inbox message to a user, with an optional link to the page it concerns. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void notify(Long userId, String localeTag, String subjectKey, String bodyKey, String link, Object... args) {
        Locale locale = Messages.locale(localeTag);
        em.persist(new Notification(userId, Messages.get(locale, subjectKey, args), Messages.get(locale, bodyKey, args),
                link, clock.now()));
    }

    /**
     * Tells every applicant account of an enterprise, each in its own language: in the inbox with a link to the page
     * the message concerns, and by e-mail too when {@code byMail}.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void tellEnterprise(Long enterpriseId, boolean byMail, String subjectKey, String bodyKey, String link, Object... args) {
        for (UserAccount user : em.createQuery("SELECT u FROM UserAccount u WHERE u.enterpriseId = :e AND u.role = :r",
                        UserAccount.class)
                .setParameter("e", enterpriseId).setParameter("r", Role.APPLICANT).getResultList()) {
            notify(user.getId(), user.getLocale(), subjectKey, bodyKey, link, args);
            if (byMail && user.getEmail() != null) {
                mail(user.getEmail(), user.getLocale(), subjectKey, bodyKey, args);
            }
        }
    }

    /** Tells every active account of a staff role in its inbox, each in its own language (a late list, a job's result). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void tellRole(Role role, String subjectKey, String bodyKey, String link, Object... args) {
        for (UserAccount user : em.createQuery("SELECT u FROM UserAccount u WHERE u.role = :r AND u.status = :s",
                        UserAccount.class)
                .setParameter("r", role).setParameter("s", AccountStatus.ACTIVE)
                .getResultList()) {
            notify(user.getId(), user.getLocale(), subjectKey, bodyKey, link, args);
        }
    }

    /** An e-mail rendered from the bundle; {@code args} fill both subject and body. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void mail(String recipient, String localeTag, String subjectKey, String bodyKey, Object... args) {
        Locale locale = Messages.locale(localeTag);
        var status = config.mailEnabled() ? MailMessage.Status.PENDING : MailMessage.Status.KEPT;
        var m = new MailMessage(recipient, Messages.get(locale, subjectKey, args), Messages.get(locale, bodyKey, args),
                status, clock.now());
        em.persist(m);
        if (status == MailMessage.Status.PENDING) {
            em.flush();
            queued.fire(new MailQueued(m.getId()));
        }
    }

    @Transactional
    public List<Notification> inbox(Actor actor, int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.userId = :u ORDER BY n.id DESC", Notification.class)
                .setParameter("u", actor.userId()).setMaxResults(max).getResultList();
    }

    @Transactional
    public long unreadCount(Actor actor) {
        if (actor.userId() == null) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :u AND n.readAt IS NULL", Long.class)
                .setParameter("u", actor.userId()).getSingleResult();
    }

    /** Marks one of the caller's own messages read; someone else's message id is silently ignored. */
    @Transactional
    public void markRead(Actor actor, Long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n != null && n.getUserId().equals(actor.userId())) {
            n.markRead(clock.now());
        }
    }

    /** The outbox as kept in demo mode, newest first, so a demo user can follow e-mailed links. */
    @Transactional
    public List<MailMessage> demoOutbox(int max) {
        if (!config.demo()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM MailMessage m ORDER BY m.id DESC", MailMessage.class)
                .setMaxResults(max).getResultList();
    }
}
