package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.CachedCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The whole register's size, which every opening of the officials' enterprise list counted (50,000 enterprises:
 * 6-7 ms a visit), and how many enterprises hold each name key a search asked about (a search counted its keys'
 * holders for its total and again for its page, and again at every visit). Kept until an enterprise is registered or
 * changed on this instance, and at most 30 seconds for one registered on another instance of a cluster. The key counts
 * only choose how a search reads the register; the names themselves decide what it finds.
 */
@ApplicationScoped
class RegisterSize {
    private static final long TTL = TimeUnit.SECONDS.toNanos(30);
    /** Name keys whose holders are kept at most; past that the kept ones are dropped and counted again when asked. */
    private static final int KEYS_KEPT = 10_000;

    private final CachedCount count = new CachedCount(TTL);
    private final Map<Integer, CachedCount> holders = new ConcurrentHashMap<>();

    long get(LongSupplier counter) {
        return count.get(counter, System.nanoTime());
    }

    /** The enterprises holding name key {@code gram}, as {@code counter} counts them, kept like the register's size. */
    long holders(int gram, LongSupplier counter) {
        if (holders.size() >= KEYS_KEPT) {
            holders.clear();
        }
        return holders.computeIfAbsent(gram, g -> new CachedCount(TTL)).get(counter, System.nanoTime());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditLog.Recorded recorded) {
        if (EnterpriseService.AUDIT_TYPE.equals(recorded.objectType())) {
            count.invalidate();
            // A count still being taken lands in a kept count no longer reachable from here.
            holders.clear();
        }
    }
}
