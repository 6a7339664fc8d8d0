package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the reminders of the yearly CQO report, looking every hour (Tianjin time), so a server down in the morning still sends them that day. Every instance of a cluster runs it; a
 * reminder is stored once per enterprise, year and level (a unique key), so a second run sends nothing twice.
 */
@Singleton
public class ReportReminders {
    private static final Logger LOG = Logger.getLogger(ReportReminders.class.getName());

    @Inject
    PortalClock clock;

    @Inject
    ReportService reports;

    @Schedule(hour = "*", minute = "17", timezone = PortalConfig.ZONE_ID, persistent = false)
    public void daily() {
        try {
            int n = reports.remind(clock.today());
            if (n > 0) {
                LOG.info(() -> "CQO report reminders sent: " + n);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CQO report reminders failed (another instance may have sent them); tomorrow tries again", e);
        }
    }
}
