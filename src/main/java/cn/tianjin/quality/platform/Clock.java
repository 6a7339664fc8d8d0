package cn.tianjin.quality.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Tianjin local time. Timestamps are stored as local date-times of Asia/Shanghai to the microsecond. */
public final class Clock {
    private Clock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(PortalConfig.ZONE).truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(PortalConfig.ZONE);
    }
}
