package cn.tianjin.quality.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedCountTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void countsOnceUntilTheTimeIsUp() {
        var cache = new CachedCount(30 * SECOND);
        var counted = new AtomicInteger();
        assertEquals(50_000, cache.get(() -> { counted.incrementAndGet(); return 50_000; }, 0));
        assertEquals(50_000, cache.get(() -> { counted.incrementAndGet(); return 1; }, 29 * SECOND));
        assertEquals(1, counted.get());
        assertEquals(50_001, cache.get(() -> 50_001, 30 * SECOND), "counted again once the time is up");
    }

    @Test
    void aCommittedChangeIsCountedAtOnce() {
        var cache = new CachedCount(30 * SECOND);
        cache.get(() -> 7, 0);
        cache.invalidate();
        assertEquals(8, cache.get(() -> 8, SECOND));
    }

    @Test
    void aCountTakenWhileRowsChangedIsNotKept() {
        var cache = new CachedCount(30 * SECOND);
        // an enterprise registers while the whole table is being counted: the old figure is shown once, not kept
        assertEquals(7, cache.get(() -> { cache.invalidate(); return 7; }, 0));
        assertEquals(8, cache.get(() -> 8, SECOND));
    }

    @Test
    void noTimeMeansNothingKept() {
        var cache = new CachedCount(0);
        cache.get(() -> 7, 0);
        assertEquals(8, cache.get(() -> 8, 0));
    }
}
