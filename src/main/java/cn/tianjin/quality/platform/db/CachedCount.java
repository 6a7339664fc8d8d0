package cn.tianjin.quality.platform.db;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A count of rows kept until the rows change or a few seconds pass, for a list whose every opening counted a whole
 * table. Like {@link cn.tianjin.quality.platform.web.PageCache}, a count read before a change is never kept after it;
 * the time limit bounds how long a change made elsewhere (another instance of a cluster) goes unseen.
 */
public final class CachedCount {
    private record Kept(long count, long generation, long bornNanos) {
    }

    private final AtomicReference<Kept> kept = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public CachedCount(long ttlNanos) {
        this.ttlNanos = ttlNanos;
    }

    /** The kept count if still fresh, otherwise the one counted now (and kept, unless the rows changed meanwhile). */
    public long get(LongSupplier counter, long nowNanos) {
        long current = generation.get();
        Kept k = kept.get();
        if (k != null && k.generation() == current && nowNanos - k.bornNanos() < ttlNanos) {
            return k.count();
        }
        long count = counter.getAsLong();
        if (ttlNanos > 0 && generation.get() == current) {
            kept.set(new Kept(count, current, nowNanos));
        }
        return count;
    }

    /** Called after a change to the counted rows has committed. */
    public void invalidate() {
        generation.incrementAndGet();
        kept.set(null);
    }
}
