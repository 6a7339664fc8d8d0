package cn.tianjin.quality.cqo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * After a key rotation (a new key put first in {@code cqo.id-keys}), seals every stored identity number again under the
 * new key when the portal starts, in batches of their own transactions; once the log says none is left under an old
 * key, that key may be dropped from the setting. Does nothing without keys.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class IdentityReseal {
    private static final Logger LOG = Logger.getLogger(IdentityReseal.class.getName());
    private static final int BATCH = 200;

    @Inject
    IdentityKeys keys;

    @Inject
    CqoService cqo;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void reseal() {
        if (!keys.ready()) {
            return;
        }
        int total = 0;
        int unreadable = 0;
        for (CqoService.Resealed r = cqo.resealBatch(0, BATCH); r.lastId() >= 0; r = cqo.resealBatch(r.lastId(), BATCH)) {
            total += r.resealed();
            unreadable += r.unreadable();
        }
        if (unreadable > 0) {
            LOG.severe(unreadable + " identity numbers are sealed under a key that is no longer in cqo.id-keys: put that key"
                    + " back (after the current one) and restart, or they cannot be shown or sealed again");
        }
        if (total > 0) {
            int n = total;
            LOG.info(() -> "Sealed " + n + " identity numbers again under the current key; the older keys may now be dropped");
        }
    }
}
