package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.KeptValues;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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

    /** How long lines are kept at most: what another instance of a cluster changed shows after this. */
    static final long KEPT_NANOS = 20_000_000_000L;
    /** Users whose lines are kept at once; beyond that the lot is dropped and read again. */
    static final int KEPT_USERS = 5_000;

    /** The lines the same for every official, by day. */
    private final KeptValues<LocalDate, List<WorkItem>> bureau = new KeptValues<>(KEPT_NANOS, 4);
    /** Each user's own lines, by user and day. */
    private final KeptValues<List<Object>, List<WorkItem>> personal = new KeptValues<>(KEPT_NANOS, KEPT_USERS);

    /**
     * What waits for the user, arranged. Every opening of every workbench counted the same things again: the lines are
     * kept until the portal audits a change (every change is audited), at most {@link #KEPT_NANOS}; the bureau's lines
     * are read once for all officials.
     */
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        long now = System.nanoTime();
        List<WorkItem> items = new ArrayList<>(personal.get(List.of(actor, today), () -> {
            List<WorkItem> own = new ArrayList<>();
            for (WorkQueue q : queues) {
                own.addAll(q.waitingFor(actor, today));
            }
            return List.copyOf(own);
        }, now));
        if (actor.is(Role.OFFICIAL)) {
            items.addAll(bureau.get(today, () -> {
                List<WorkItem> shared = new ArrayList<>();
                for (WorkQueue q : queues) {
                    shared.addAll(q.waitingForBureau(today));
                }
                return List.copyOf(shared);
            }, now));
        }
        return arrange(items, today);
    }

    /** Every change the portal makes is audited: once it has committed, the kept lines may be wrong. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditLog.Recorded recorded) {
        if (recorded.changed()) {
            bureau.invalidate();
            personal.invalidate();
        }
    }

    static List<WorkItem> arrange(List<WorkItem> items, LocalDate today) {
        Comparator<WorkItem> late = Comparator.comparing(i -> !i.lateOn(today));
        Comparator<WorkItem> due = Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()));
        return items.stream().filter(i -> i.count() > 0).sorted(late.thenComparing(due)).toList();
    }
}
