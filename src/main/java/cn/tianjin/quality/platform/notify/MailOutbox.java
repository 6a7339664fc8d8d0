package cn.tianjin.quality.platform.notify;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The stored outbox, sent through a Jakarta Mail session built from the portal's mail settings. */
@ApplicationScoped
public class MailOutbox {
    @Inject
    PortalClock clock;

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    private Session session;

    /** Sends up to 50 pending mails in one transaction; a mail that fails is marked so and tried again later. */
    @Transactional
    public void sendPending() {
        if (!config.mailEnabled()) {
            return;
        }
        List<MailMessage> pending = em.createQuery(
                        "SELECT m FROM MailMessage m WHERE m.status = :s ORDER BY m.id", MailMessage.class)
                .setParameter("s", MailMessage.Status.PENDING).setMaxResults(50)
                // Several instances of a cluster run this every minute: the row locks make them take turns, and the
                // one that waited finds the mails already sent, so nobody receives a mail twice.
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (MailMessage m : pending) {
            try {
                send(m);
                m.sent(clock.now());
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail {0} to {1} not sent: {2}", new Object[] {m.getId(), m.getRecipient(), e.toString()});
                m.failed(e.getMessage());
            }
        }
    }

    private void send(MailMessage m) throws MessagingException {
        MimeMessage msg = new MimeMessage(session());
        msg.setFrom(new InternetAddress(config.mailFrom()));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.getRecipient()));
        msg.setSubject(m.getSubject(), "UTF-8");
        msg.setText(m.getBody(), "UTF-8");
        Transport.send(msg);
    }

    private Session session() {
        if (session == null) {
            Properties p = new Properties();
            p.put("mail.smtp.host", config.mailHost());
            p.put("mail.smtp.port", String.valueOf(config.mailPort()));
            p.put("mail.smtp.connectiontimeout", "10000");
            p.put("mail.smtp.timeout", "10000");
            p.put("mail.smtp.starttls.enable", String.valueOf(config.mailStartTls()));
            if (config.mailUser().isPresent()) {
                p.put("mail.smtp.auth", "true");
                String user = config.mailUser().get();
                String pass = config.mailPassword().orElse("");
                session = Session.getInstance(p, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, pass);
                    }
                });
            } else {
                session = Session.getInstance(p);
            }
        }
        return session;
    }
}
