package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.security.Actor;
import java.time.LocalDate;
import java.util.List;

/**
 * A feature's contribution to the workbench: what waits for {@code actor} in that feature on {@code today}. An
 * implementation answers with counting queries only (no rows loaded) and answers nothing for roles it does not serve.
 * Lines with a count of zero are left out by the workbench.
 */
public interface WorkQueue {
    List<WorkItem> waitingFor(Actor actor, LocalDate today);
}
