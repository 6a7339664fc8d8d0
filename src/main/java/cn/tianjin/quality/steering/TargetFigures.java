package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.KeptValues;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The figures of the targets page, the same for every official: each target's progress and the programmes' title
 * holders by attribute, read once for all and kept until the portal audits a change, at most 20 seconds.
 */
@ApplicationScoped
public class TargetFigures {
    static final long KEPT_NANOS = 20_000_000_000L;

    @Inject
    TargetService targets;

    @Inject
    ProgrammeFigures programmeFigures;

    @Inject
    PortalClock clock;

    /** What the page shows. */
    public record Snapshot(List<TargetService.Progress> progress, List<ProgrammeFigures.Table> tables) {
    }

    private final KeptValues<java.time.LocalDate, Snapshot> kept = new KeptValues<>(KEPT_NANOS, 4);

    public Snapshot now(Actor actor) {
        actor.requireStaff("reading the city's targets");
        return kept.get(clock.today(), () -> new Snapshot(targets.progress(actor), programmeFigures.tables(actor)), System.nanoTime());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditLog.Recorded recorded) {
        if (recorded.changed()) {
            kept.invalidate();
        }
    }
}
