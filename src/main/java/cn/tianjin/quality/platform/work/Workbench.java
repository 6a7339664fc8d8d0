package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

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

    /** How long the bureau's lines are kept at most: what another instance of a cluster changed shows after this. */
    static final long BUREAU_TTL_NANOS = 20_000_000_000L;

    private record Kept(List<WorkItem> items, LocalDate day, long generation, long bornNanos) {
    }

    private final AtomicReference<Kept> bureau = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        for (WorkQueue q : queues) {
            items.addAll(q.waitingFor(actor, today));
        }
        if (actor.is(Role.OFFICIAL)) {
            items.addAll(bureau(today, System.nanoTime()));
        }
        return arrange(items, today);
    }

    /**
     * The lines every official shares, counted once for all of them while nothing changed: every official's workbench
     * counted the whole bureau's work at each opening. A count begun before a change is not kept after it.
     */
    private List<WorkItem> bureau(LocalDate today, long now) {
        long current = generation.get();
        Kept k = bureau.get();
        if (k != null && k.generation() == current && k.day().equals(today) && now - k.bornNanos() < BUREAU_TTL_NANOS) {
            return k.items();
        }
        List<WorkItem> items = new ArrayList<>();
        for (WorkQueue q : queues) {
            items.addAll(q.waitingForBureau(today));
        }
        if (generation.get() == current) {
            bureau.set(new Kept(List.copyOf(items), today, current, now));
        }
        return items;
    }

    /** Every change the portal makes is audited: once it has committed, the kept lines may be wrong. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditLog.Recorded recorded) {
        if (recorded.changed()) {
            generation.incrementAndGet();
            bureau.set(null);
        }
    }

    static List<WorkItem> arrange(List<WorkItem> items, LocalDate today) {
        Comparator<WorkItem> late = Comparator.comparing(i -> !i.lateOn(today));
        Comparator<WorkItem> due = Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()));
        return items.stream().filter(i -> i.count() > 0).sorted(late.thenComparing(due)).toList();
    }
}
