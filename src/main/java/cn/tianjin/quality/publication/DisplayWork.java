package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.work.WorkItem;
import cn.tianjin.quality.platform.work.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What public display asks of officials: the objections still open on each display, and the displays ending within
 * {@value #ENDING_DAYS} days (publication is decided when one ends).
 */
@ApplicationScoped
public class DisplayWork implements WorkQueue {
    static final int ENDING_DAYS = 3;

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        return List.of();
    }

    @Override
    public List<WorkItem> waitingForBureau(LocalDate today) {
        Map<Long, Long> open = new HashMap<>();
        em.createQuery("SELECT o.displayId, COUNT(o) FROM Objection o WHERE o.status IN :s GROUP BY o.displayId", Object[].class)
                .setParameter("s", List.of(Objection.Status.RECEIVED, Objection.Status.INVESTIGATING)).getResultList()
                .forEach(r -> open.put((Long) r[0], (Long) r[1]));
        List<WorkItem> items = new ArrayList<>();
        for (Display d : em.createQuery("SELECT d FROM Display d WHERE d.id IN :ids OR (d.status = :running AND d.until <= :soon)"
                        + " ORDER BY d.until, d.id", Display.class)
                .setParameter("ids", open.isEmpty() ? List.of(-1L) : List.copyOf(open.keySet()))
                .setParameter("running", Display.Status.RUNNING).setParameter("soon", today.plusDays(ENDING_DAYS))
                .getResultList()) {
            String link = "/official/display?id=" + d.getRefId();
            if (open.containsKey(d.getId())) {
                items.add(WorkItem.of("work.objections", open.get(d.getId()), link, d.getUntil(), d.getTitle()));
            }
            if (d.getStatus() == Display.Status.RUNNING && !d.getUntil().isAfter(today.plusDays(ENDING_DAYS))) {
                items.add(WorkItem.of("work.displayEnding", 1, link, d.getUntil(), d.getTitle()));
            }
        }
        return items;
    }
}
