package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds enterprises of rectification deadlines, looking every hour (Tianjin time) so that a server down in the
 * morning still sends them that day. Every instance of a cluster runs it; a reminder is stored once per result, kind
 * and deadline (a unique key), so a second run sends nothing twice.
 */
@Singleton
public class SpotCheckReminders {
    private static final Logger LOG = Logger.getLogger(SpotCheckReminders.class.getName());

    @Inject
    PortalClock clock;

    @Inject
    SpotCheckService spotChecks;

    @Schedule(hour = "*", minute = "23", timezone = PortalConfig.ZONE_ID, persistent = false)
    public void hourly() {
        try {
            int n = spotChecks.remind(clock.today());
            if (n > 0) {
                LOG.info(() -> "Rectification reminders sent: " + n);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rectification reminders failed (another instance may have sent them); the next hour tries again", e);
        }
    }
}
