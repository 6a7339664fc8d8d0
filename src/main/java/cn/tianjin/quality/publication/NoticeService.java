package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Public notices: read by everyone, published by officials. */
@ApplicationScoped
public class NoticeService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional
    public List<Notice> latest(int max) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.publishedAt <= :now ORDER BY n.publishedAt DESC, n.id DESC",
                        Notice.class)
                .setParameter("now", clock.now()).setMaxResults(max).getResultList();
    }

    @Transactional
    public Notice get(Long id) {
        Notice n = id == null ? null : em.find(Notice.class, id);
        if (n == null || n.getPublishedAt().isAfter(clock.now())) {
            throw new NotFoundException("notice " + id);
        }
        return n;
    }

    @Transactional
    public Notice publish(Actor actor, String title, String body, String programme) {
        return publish(actor, title, body, programme, null);
    }

    /** Publishes a notice that points to a page of the portal ({@code link} starts with a slash). */
    @Transactional
    public Notice publish(Actor actor, String title, String body, String programme, String link) {
        if (!actor.isStaff() && !"system".equals(actor.username())) {
            throw new AccessDeniedException(actor.username() + " publishing a notice");
        }
        Notice n = new Notice(title.trim(), body.trim(), programme, clock.now(), actor.username());
        if (link != null && link.startsWith("/")) {
            n.link(link);
        }
        em.persist(n);
        em.flush();
        audit.record(actor, Notice.AUDIT_TYPE, n.getId(), "publish", programme + ": " + n.getTitle());
        return n;
    }
}
