package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every feature's work queues for one user, in the workbench's order: what is late first, then what is due soonest,
 * then the rest as the features gave it; nothing counted, nothing shown.
 */
@ApplicationScoped
public class Workbench {
    @Inject
    @Any
    Instance<WorkQueue> queues;

    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        for (WorkQueue q : queues) {
            items.addAll(q.waitingFor(actor, today));
        }
        return arrange(items, today);
    }

    static List<WorkItem> arrange(List<WorkItem> items, LocalDate today) {
        Comparator<WorkItem> late = Comparator.comparing(i -> !i.lateOn(today));
        Comparator<WorkItem> due = Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()));
        return items.stream().filter(i -> i.count() > 0).sorted(late.thenComparing(due)).toList();
    }
}
