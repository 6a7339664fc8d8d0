package cn.tianjin.quality.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Tianjin local time. Timestamps are stored as local date-times of Asia/Shanghai to the second: MySQL Connector/J
 * sends no fractional seconds to MariaDB (which reports itself as version 5.5.5), so anything finer would not survive
 * a round trip there, and the audit chain hashes what is stored.
 */
public final class Clock {
    private Clock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(PortalConfig.ZONE).truncatedTo(ChronoUnit.SECONDS);
    }

    public static LocalDate today() {
        return LocalDate.now(PortalConfig.ZONE);
    }
}
