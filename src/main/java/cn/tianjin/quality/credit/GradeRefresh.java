package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.PortalConfig;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Regrades every graded enterprise once a night (Tianjin time): facts age out of their months, rectifications become
 * overdue, new rules take effect. Batches of codes, each in its own transaction, so a long run holds no lock for
 * long; a grade that did not change stores nothing.
 */
@Singleton
public class GradeRefresh {
    private static final Logger LOG = Logger.getLogger(GradeRefresh.class.getName());
    private static final int BATCH = 200;

    @Inject
    GradeService grades;

    @Inject
    GradeBatch batch;

    @Schedule(hour = "2", minute = "40", timezone = PortalConfig.ZONE_ID, persistent = false)
    public void nightly() {
        try {
            int n = regradeAll();
            LOG.info(() -> "Credit grades looked at: " + n);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Regrading stopped; the next night starts again", e);
        }
    }

    /** Regrades every graded code; returns how many were looked at. */
    public int regradeAll() {
        String after = "";
        int done = 0;
        while (true) {
            List<String> codes = grades.gradedCodes(after, BATCH);
            if (codes.isEmpty()) {
                return done;
            }
            batch.regrade(codes);
            done += codes.size();
            after = codes.get(codes.size() - 1);
        }
    }
}
