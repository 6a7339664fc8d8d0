package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds experts of sheets due soon. Runs every hour, so a server that was down at the usual time still sends the
 * day's reminders; the round remembers the day it last reminded, so nobody gets two on one day.
 */
@Singleton
public class ScoringReminders {
    @Inject
    PortalClock clock;

    private static final Logger LOG = Logger.getLogger(ScoringReminders.class.getName());

    @Inject
    ResultsService results;

    @Schedule(hour = "*", minute = "7", timezone = PortalConfig.ZONE_ID, persistent = false)
    public void hourly() {
        try {
            int reminded = results.remindDue(clock.today());
            if (reminded > 0) {
                LOG.info(() -> "Reminded " + reminded + " experts of sheets due");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scoring reminders failed; the next hour tries again", e);
        }
    }
}
