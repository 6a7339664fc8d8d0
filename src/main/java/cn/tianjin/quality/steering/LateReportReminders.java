package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds late filers of periodic reports, looking every hour (Tianjin time) so a server down in the morning still
 * reminds them that day. Every instance of a cluster runs it; each reminder is stored once (a unique key).
 */
@Singleton
public class LateReportReminders {
    private static final Logger LOG = Logger.getLogger(LateReportReminders.class.getName());

    @Inject
    PortalClock clock;

    @Inject
    PeriodicReports reports;

    @Schedule(hour = "*", minute = "23", timezone = PortalConfig.ZONE_ID, persistent = false)
    public void hourly() {
        try {
            int n = reports.remind(clock.today());
            if (n > 0) {
                LOG.info(() -> "Late periodic reports reminded: " + n);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Periodic report reminders failed (another instance may have sent them); the next hour tries again", e);
        }
    }
}
