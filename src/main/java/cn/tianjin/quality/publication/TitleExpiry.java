package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the titles whose validity is over. Runs every hour (Tianjin time), so a server that was down at midnight still
 * ends them the same morning; every instance of a cluster runs it, and {@link TitleService#expireDue} makes a second
 * run find nothing left to do.
 */
@Singleton
public class TitleExpiry {
    private static final Logger LOG = Logger.getLogger(TitleExpiry.class.getName());

    @Inject
    PortalClock clock;

    @Inject
    TitleService titles;

    @Schedule(hour = "*", minute = "3", timezone = PortalConfig.ZONE_ID, persistent = false)
    public void hourly() {
        try {
            int ended = titles.expireDue(clock.today());
            if (ended > 0) {
                LOG.info(() -> "Titles whose validity ended: " + ended);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Title expiry failed; the next hour tries again", e);
        }
    }
}
