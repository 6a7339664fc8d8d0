package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.work.WorkItem;
import cn.tianjin.quality.platform.work.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** What rectification asks of officials: the measures awaiting their decision, and the rectifications overdue. */
@ApplicationScoped
public class SpotCheckWork implements WorkQueue {
    @Inject
    SpotCheckService spotChecks;

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        return List.of();
    }

    @Override
    public List<WorkItem> waitingForBureau(LocalDate today) {
        Actor actor = Actor.system();
        SpotCheckService.View awaiting = SpotCheckService.View.AWAITING_BUREAU;
        SpotCheckService.View overdue = SpotCheckService.View.OVERDUE;
        return List.of(WorkItem.of("work.spotChecks.awaiting", count(actor, awaiting), link(awaiting), null),
                WorkItem.overdue("work.spotChecks.overdue", count(actor, overdue), link(overdue)));
    }

    private long count(Actor actor, SpotCheckService.View view) {
        return spotChecks.count(actor, new SpotCheckService.Filter(null, view, null));
    }

    private static String link(SpotCheckService.View view) {
        return "/official/spot-checks?view=" + view.name();
    }
}
