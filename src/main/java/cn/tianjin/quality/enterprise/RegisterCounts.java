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
 * Counts of the register that officials' list asks for again and again: the whole register's size (every opening of
 * the list counted it: 50,000 enterprises, 6-7 ms a visit), how many enterprises hold each name key a search asked
 * about (a search counted its keys' holders for its total and again for its page), and how many enterprises a search
 * finds (counted again at every page turned and by every official repeating it: 1,428 names holding 精密 at L, 5-8 ms).
 * Kept until an enterprise is registered or changed on this instance, and at most 30 seconds for one registered on
 * another instance of a cluster. The pages themselves are always read from the database.
 */
@ApplicationScoped
class RegisterCounts {
    private static final long TTL = TimeUnit.SECONDS.toNanos(30);
    /** Counts kept at most besides the register's size; past that they are dropped and counted again when asked. */
    private static final int KEPT = 10_000;

    /** A name key, kept apart from a search that is the key's own text. */
    private record Key(int gram) {
    }

    private final CachedCount size = new CachedCount(TTL);
    private final Map<Object, CachedCount> kept = new ConcurrentHashMap<>();

    /** The whole register. */
    long size(LongSupplier counter) {
        return size.get(counter, System.nanoTime());
    }

    /** The enterprises holding name key {@code gram}, as {@code counter} counts them. */
    long holders(int gram, LongSupplier counter) {
        return kept(new Key(gram), counter);
    }

    /** The enterprises a search finds, as {@code counter} counts them; a search differing only in spaces is the same. */
    long found(EnterpriseService.Filter filter, LongSupplier counter) {
        return kept(filter.normalised(), counter);
    }

    private long kept(Object what, LongSupplier counter) {
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        return kept.computeIfAbsent(what, w -> new CachedCount(TTL)).get(counter, System.nanoTime());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditLog.Recorded recorded) {
        if (recorded.changed() && EnterpriseService.AUDIT_TYPE.equals(recorded.objectType())) {
            size.invalidate();
            // A count still being taken lands in a kept count no longer reachable from here.
            kept.clear();
        }
    }
}
