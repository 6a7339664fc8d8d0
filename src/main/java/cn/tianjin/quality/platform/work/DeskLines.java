package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.KeptValues;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lines of a user's own desk lists (an expert's seats and site visits, a recommender's applications), kept like
 * the workbench's lines: until the portal audits a change, at most {@link Workbench#KEPT_NANOS}. A desk is opened
 * again and again in a working day while what is on it changes a few times; reading it once per change is enough.
 * The reader runs the feature's own service (its access checks included) the first time a user opens the list.
 */
@ApplicationScoped
public class DeskLines {
    private final KeptValues<List<Object>, List<?>> kept = new KeptValues<>(Workbench.KEPT_NANOS, Workbench.KEPT_USERS);

    /** The user's lines of the named list, read by {@code reader} unless kept. */
    @SuppressWarnings("unchecked")
    public <T> List<T> of(String list, Actor actor, Supplier<List<T>> reader) {
        return (List<T>) kept.get(List.of(list, actor), () -> List.copyOf(reader.get()), System.nanoTime());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditLog.Recorded recorded) {
        if (recorded.changed()) {
            kept.invalidate();
        }
    }
}
