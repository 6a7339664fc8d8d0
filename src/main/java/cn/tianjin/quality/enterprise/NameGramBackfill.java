package cn.tianjin.quality.enterprise;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Stores the name keys of enterprises that have none when the portal starts: those registered before the keys existed
 * (migration V16), and any a bulk load wrote without them. Without their keys the search would not find them by name.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class NameGramBackfill {
    private static final Logger LOG = Logger.getLogger(NameGramBackfill.class.getName());
    private static final int BATCH = 1_000;
    private static final int MAX_CONFLICTS = 5;

    @Inject
    EnterpriseService enterprises;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fill() {
        long started = System.nanoTime();
        long after = 0;
        int batches = 0;
        int conflicts = 0;
        // One transaction per batch: a register of 50,000 enterprises is keyed without one long transaction.
        while (true) {
            long last;
            try {
                last = enterprises.fillMissingNameGrams(after, BATCH);
            } catch (RuntimeException e) {
                // Two instances of a cluster starting together on an older database key the same enterprises: the
                // batch that loses rolls back and is read again, now without what the other instance stored.
                if (++conflicts > MAX_CONFLICTS) {
                    throw e;
                }
                long from = after;
                LOG.info(() -> "Keying enterprise names after id " + from + " met another writer; reading again: " + e);
                continue;
            }
            if (last < 0) {
                break;
            }
            after = last;
            batches++;
        }
        if (batches > 0) {
            int n = batches;
            LOG.info(() -> String.format("Keyed the names of enterprises without keys in %d batches, %d ms", n,
                    (System.nanoTime() - started) / 1_000_000));
        }
    }
}
