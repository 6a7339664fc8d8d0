package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.security.Actor;
import java.time.LocalDate;
import java.util.List;

/**
 * A feature's contribution to the workbench: what waits for {@code actor} in that feature on {@code today}, and what
 * waits for the bureau as a whole. An
 * implementation answers with counting queries only (no rows loaded) and answers nothing for roles it does not serve.
 * Lines with a count of zero are left out by the workbench.
 */
public interface WorkQueue {
    /** What waits for this user in particular. */
    List<WorkItem> waitingFor(Actor actor, LocalDate today);

    /**
     * What waits for the bureau as a whole, the same lines for every official (applications awaiting eligibility,
     * objections open, ...). The workbench keeps them a few seconds and drops them at any change the portal audits.
     */
    default List<WorkItem> waitingForBureau(LocalDate today) {
        return List.of();
    }
}
