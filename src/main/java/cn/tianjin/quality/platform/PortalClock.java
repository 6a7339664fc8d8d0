package cn.tianjin.quality.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The portal's time, injected wherever "now" or "today" decides something, so that tests and fixtures move time
 * instead of rewriting stored rows to fake it. Tianjin local time; timestamps to the second: MySQL Connector/J sends
 * no fractional seconds to MariaDB (which reports itself as version 5.5.5), so anything finer would not survive a round
 * trip there, and the audit chain hashes what is stored.
 *
 * <p>{@link #at} runs work on the calling thread at another moment (the demo's campaign of two years ago); every other
 * thread keeps the real time meanwhile. Tests that must move the time of every request replace {@link #base}. A {@link java.time.Clock} is injectable too, for code that wants one.
 */
@ApplicationScoped
public class PortalClock {
    private static final ThreadLocal<Clock> OVERRIDE = new ThreadLocal<>();
    private static final Clock SYSTEM = Clock.system(PortalConfig.ZONE);

    /** The clock the portal runs on when no thread asks for another moment. */
    protected Clock base() {
        return SYSTEM;
    }

    /** The clock in force on this thread. */
    public Clock clock() {
        Clock override = OVERRIDE.get();
        return override != null ? override : base();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock()).truncatedTo(ChronoUnit.SECONDS);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    /**
     * Runs {@code work} on this thread as if the time were {@code moment} when it started (time goes on from there);
     * calls may nest.
     */
    public <T> T at(LocalDateTime moment, Supplier<T> work) {
        Clock previous = OVERRIDE.get();
        Clock real = base();
        OVERRIDE.set(Clock.offset(real, Duration.between(LocalDateTime.now(real), moment)));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    /** {@link #at} for work without a result. */
    public void at(LocalDateTime moment, Runnable work) {
        at(moment, () -> {
            work.run();
            return null;
        });
    }

    /**
     * A {@link java.time.Clock} that always reads the portal clock in force (so a thread's moment applies to it too, and
     * a test's replacement of this bean).
     */
    @Produces
    @Dependent
    static Clock produce(PortalClock portal) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return PortalConfig.ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return portal.clock().withZone(zone);
            }

            @Override
            public Instant instant() {
                return portal.clock().instant();
            }
        };
    }
}
