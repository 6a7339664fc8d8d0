package cn.tianjin.quality.it;

import cn.tianjin.quality.platform.PortalClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test deployments only: the portal's clock, moved forward for every request at once, so that a browser journey can
 * let a week of public display pass. Whoever moves it puts it back ({@link #reset}) when done; in-container tests use
 * {@link PortalClock#at} on their own thread instead.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
public class MovableClock extends PortalClock {
    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Override
    protected Clock base() {
        return Clock.offset(super.base(), OFFSET.get());
    }

    /** Every request from now on runs this many days later than the real time. */
    public void moveDays(int days) {
        OFFSET.set(Duration.ofDays(days));
    }

    public void reset() {
        OFFSET.set(Duration.ZERO);
    }
}
