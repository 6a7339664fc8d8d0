package cn.tianjin.quality.platform.notify;

import cn.tianjin.quality.platform.JobFailures;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends the outbox ({@link MailOutbox}): a mail is tried right after the transaction that stored it commits, and
 * again every minute until it is sent or gives up. One instance at a time (the singleton's lock), so two runs never
 * send the same mail from one server.
 */
@Singleton
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private final JobFailures failures = new JobFailures(LOG, "Mail sending");

    @Inject
    MailOutbox outbox;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationService.MailQueued queued) {
        run();
    }

    @Schedule(hour = "*", minute = "*", timezone = PortalConfig.ZONE_ID, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retry() {
        run();
    }

    private void run() {
        try {
            outbox.sendPending();
            failures.succeeded();
        } catch (RuntimeException e) {
            failures.failed(e);
        }
    }
}
