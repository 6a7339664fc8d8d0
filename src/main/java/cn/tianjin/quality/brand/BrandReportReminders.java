package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily round of recognised brands' yearly reports not filed (reminder, warning, suspension), every hour of the
 * morning Tianjin time so a server down at seven still takes the day's steps. Every instance of a cluster runs it; each
 * step is taken once ({@link BrandReports#remind}).
 */
@Singleton
public class BrandReportReminders {
    private static final Logger LOG = Logger.getLogger(BrandReportReminders.class.getName());

    @Inject
    PortalClock clock;

    @Inject
    BrandReports reports;

    @Schedule(hour = "7-11", minute = "41", timezone = PortalConfig.ZONE_ID, persistent = false)
    public void daily() {
        try {
            int n = reports.remind(clock.today());
            if (n > 0) {
                LOG.info(() -> "Brand report steps taken: " + n);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Brand report reminders failed (another instance may have taken them); the next hour tries again", e);
        }
    }
}
