package cn.tianjin.quality.platform.db;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values read from the database and kept, one per key, until the rows they were read from may have changed (the owner
 * calls {@link #invalidate} once a change has committed) or a few seconds pass (what another instance of a cluster
 * changed shows after that). A value read while a change committed is not kept. Like {@link CachedCount}, for
 * figures many users open at once; at most {@code maxKeys} are kept, the lot dropped when more come.
 */
public final class KeptValues<K, V> {
    private record Kept<V>(V value, long generation, long bornNanos) {
    }

    private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final int maxKeys;

    public KeptValues(long ttlNanos, int maxKeys) {
        this.ttlNanos = ttlNanos;
        this.maxKeys = maxKeys;
    }

    /** The value kept for the key if still fresh, otherwise the one read now (and kept, unless the rows changed meanwhile). */
    public V get(K key, Supplier<V> reader, long nowNanos) {
        long current = generation.get();
        Kept<V> k = kept.get(key);
        if (k != null && k.generation() == current && nowNanos - k.bornNanos() < ttlNanos) {
            return k.value();
        }
        V value = reader.get();
        if (ttlNanos > 0 && generation.get() == current) {
            if (kept.size() >= maxKeys) {
                kept.clear();
            }
            kept.put(key, new Kept<>(value, current, nowNanos));
        }
        return value;
    }

    /** Called after a change to the rows the values were read from has committed. */
    public void invalidate() {
        generation.incrementAndGet();
        kept.clear();
    }
}
