package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
        return published(0, max);
    }

    /** Published notices, newest first, from {@code offset}. */
    @Transactional
    public List<Notice> published(int offset, int max) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.publishedAt <= :now ORDER BY n.publishedAt DESC, n.id DESC",
                        Notice.class)
                .setParameter("now", clock.now()).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    @Transactional
    public long publishedCount() {
        return em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.publishedAt <= :now", Long.class)
                .setParameter("now", clock.now()).getSingleResult();
    }

    @Transactional
    public Notice get(Long id) {
        Notice n = id == null ? null : em.find(Notice.class, id);
        if (n == null || n.getPublishedAt().isAfter(clock.now())) {
            throw new NotFoundException("notice " + id);
        }
        return n;
    }

    /** A notice's title and body in one language. */
    public record Text(String title, String body) {
        public Text {
            title = title.strip();
            body = body.strip();
        }
    }

    /**
     * Publishes a notice of a programme written from the bundle in Chinese and English (the keys take the same
     * arguments); {@code link}, if not null, is the page of the portal it points to.
     */
    @Transactional
    public Notice publish(Actor actor, String programme, String link, String titleKey, String bodyKey, Object... args) {
        return publish(actor, programme, link, locale -> new Text(Messages.get(locale, titleKey, args),
                Messages.get(locale, bodyKey, args)));
    }

    /**
     * Publishes a notice whose texts the caller writes for each language from the bundle; {@code link}, if not null,
     * is the page of the portal it points to (it starts with a slash).
     */
    @Transactional
    public Notice publish(Actor actor, String programme, String link, Function<Locale, Text> write) {
        if (!actor.isStaff() && !"system".equals(actor.username())) {
            throw new AccessDeniedException(actor.username() + " publishing a notice");
        }
        Notice n = new Notice(write.apply(Messages.CHINESE), write.apply(Messages.ENGLISH), programme, clock.now(), actor.username());
        if (link != null && link.startsWith("/")) {
            n.link(link);
        }
        em.persist(n);
        em.flush();
        audit.record(actor, Notice.AUDIT_TYPE, n.getId(), "publish", programme + ": " + n.getTitle());
        return n;
    }
}
