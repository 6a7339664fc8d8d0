package cn.tianjin.quality.platform.files;

import cn.tianjin.quality.platform.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes upload files left without their attachment row by a server that died between moving the file into place
 * and committing the row (see {@link OrphanSweep}): once at start-up, which is when such files appear, and every hour
 * for a file an instance of a cluster left behind. Each removal is logged with the file it removed; a
 * failure to reach the database removes nothing.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class UploadSweeper {
    private static final Logger LOG = Logger.getLogger(UploadSweeper.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @PostConstruct
    void atStartup() {
        sweepQuietly("start-up");
    }

    @Schedule(hour = "*", minute = "41", timezone = PortalConfig.ZONE_ID, persistent = false)
    public void hourly() {
        sweepQuietly("hourly");
    }

    private void sweepQuietly(String when) {
        try {
            sweep(when);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Upload sweep (" + when + ") failed, nothing removed; the next one tries again", e);
        }
    }

    void sweep(String when) throws IOException {
        Instant cutOff = Instant.now().minus(config.uploadOrphanAge());
        var result = OrphanSweep.sweep(config.uploadDir(), cutOff, keys -> new HashSet<>(em.createQuery(
                "SELECT a.storageKey FROM Attachment a WHERE a.storageKey IN :keys", String.class)
                .setParameter("keys", keys).getResultList()), true);
        if (result.braked()) {
            LOG.severe(() -> "Upload sweep (" + when + ") found " + result.orphans().size() + " of " + result.stored()
                    + " stored files without an attachment row in " + config.uploadDir()
                    + " and removed none: is the portal connected to the right database?");
            return;
        }
        for (var p : result.removed()) {
            LOG.warning(() -> "Upload sweep (" + when + ") removed " + p + ": no attachment row names it and it is older than "
                    + config.uploadOrphanAge().toMinutes() + " minutes (an upload whose transaction never committed)");
        }
        LOG.info(() -> "Upload sweep (" + when + "): " + result.stored() + " stored files, " + result.removed().size()
                + " left without an attachment row removed");
    }
}
