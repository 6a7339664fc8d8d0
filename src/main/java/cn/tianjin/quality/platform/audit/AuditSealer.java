package cn.tianjin.quality.platform.audit;

import cn.tianjin.quality.platform.JobFailures;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Links committed audit rows into the hash chain every second ({@link AuditLog#sealPending}). A second that finds
 * nothing to link costs one indexed read and takes no lock; several instances of a cluster take turns on the chain's
 * head. A run still busy when the next second comes makes that one skip rather than queue.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealer {
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    static final int BATCH = 500;

    private final JobFailures failures = new JobFailures(LOG, "Audit sealing");
    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    AuditLog audit;

    @Schedule(hour = "*", minute = "*", second = "*", timezone = PortalConfig.ZONE_ID, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everySecond() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (audit.hasPending()) {
                while (audit.sealPending(BATCH) == BATCH) {
                    // a backlog (after a restart, or the demo's start-up) is linked a batch per transaction
                }
            }
            failures.succeeded();
        } catch (RuntimeException e) {
            failures.failed(e);
        } finally {
            running.set(false);
        }
    }
}
