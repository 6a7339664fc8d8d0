package cn.tianjin.quality.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptValuesTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aValueIsReadOncePerKeyUntilAChangeOrItsTimeRunsOut() {
        KeptValues<String, Integer> kept = new KeptValues<>(20 * SECOND, 10);
        AtomicInteger reads = new AtomicInteger();
        assertThat(kept.get("a", reads::incrementAndGet, 0)).isEqualTo(1);
        assertThat(kept.get("a", reads::incrementAndGet, 5 * SECOND)).as("kept").isEqualTo(1);
        assertThat(kept.get("b", reads::incrementAndGet, 5 * SECOND)).as("another key is read").isEqualTo(2);
        kept.invalidate();
        assertThat(kept.get("a", reads::incrementAndGet, 6 * SECOND)).as("read again after a change").isEqualTo(3);
        assertThat(kept.get("a", reads::incrementAndGet, 27 * SECOND)).as("read again when too old").isEqualTo(4);
    }

    @Test
    void aValueReadWhileAChangeCommittedIsNotKept() {
        KeptValues<String, Integer> kept = new KeptValues<>(20 * SECOND, 10);
        AtomicInteger reads = new AtomicInteger();
        assertThat(kept.get("a", () -> {
            kept.invalidate();
            return reads.incrementAndGet();
        }, 0)).isEqualTo(1);
        assertThat(kept.get("a", reads::incrementAndGet, 1)).isEqualTo(2);
    }

    @Test
    void tooManyKeysDropTheLot() {
        KeptValues<Integer, Integer> kept = new KeptValues<>(20 * SECOND, 2);
        AtomicInteger reads = new AtomicInteger();
        kept.get(1, reads::incrementAndGet, 0);
        kept.get(2, reads::incrementAndGet, 0);
        kept.get(3, reads::incrementAndGet, 0);
        assertThat(kept.get(1, reads::incrementAndGet, 0)).as("dropped when the third came").isEqualTo(4);
    }
}
