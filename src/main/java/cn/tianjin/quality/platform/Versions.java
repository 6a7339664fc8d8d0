package cn.tianjin.quality.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Two people changing the same record: whoever saves second is told "someone else changed it" and nothing of theirs
 * is stored. Every versioned record (a {@code @Version} column) is guarded here, in one place: the version the user
 * saw is compared with the stored one, and a save that loses the race at the database is turned into the same message.
 */
public final class Versions {
    /** The message of the bundle that tells the user to reload. */
    public static final String CHANGED = "concurrent.modified";

    private Versions() {
    }

    /** Refuses when the record was saved by someone else since the user read version {@code seen}. */
    public static void expect(int stored, int seen) {
        if (stored != seen) {
            throw new BusinessException(CHANGED);
        }
    }

    /** Writes pending changes now, so a colleague's save that came first is refused here and not at the commit. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException(CHANGED);
        }
    }

    /** Whether a failure (at the commit, say) was a lost race on a versioned record. */
    public static boolean isConflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
