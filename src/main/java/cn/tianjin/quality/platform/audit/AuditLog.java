package cn.tianjin.quality.platform.audit;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.Clock;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The audit log: every state change is recorded here by the service that makes it, inside the same
 * transaction, so a change and its audit row commit or roll back together.
 */
@ApplicationScoped
public class AuditLog {
    private static final int VERIFY_PAGE = 2000;
    private static final int SUMMARY_MAX = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Recorded> recorded;

    /** Fired for every audited change; observers that act after commit learn that stored data has changed. */
    public record Recorded(String objectType, String action) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String objectType, Object objectId, String action, String summary) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long id = head.lastId() + 1;
        String text = summary == null ? "" : summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX) : summary;
        var unsigned = new AuditChain.AuditRecord(id, Clock.now().atZone(PortalConfig.ZONE).toInstant(),
                actor.username(), actor.roleName(), objectType, String.valueOf(objectId), action, text, null);
        String hash = AuditChain.hash(head.lastHash(), unsigned);
        var signed = new AuditChain.AuditRecord(unsigned.id(), unsigned.occurredAt(), unsigned.actor(), unsigned.role(),
                unsigned.objectType(), unsigned.objectId(), unsigned.action(), unsigned.summary(), hash);
        em.persist(new AuditEntry(signed, head.lastHash()));
        head.advance(id, hash);
        recorded.fire(new Recorded(objectType, action));
    }

    /** Filter for the admin's audit page; null fields are not filtered. */
    public record Filter(String actor, String objectType, String objectId, String action, LocalDate from, LocalDate to) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    @Transactional
    public List<AuditEntry> search(Actor asker, Filter f, int first, int size) {
        requireAdmin(asker);
        var q = query(f, "SELECT e FROM AuditEntry e", " ORDER BY e.id DESC", AuditEntry.class);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Transactional
    public long count(Actor asker, Filter f) {
        requireAdmin(asker);
        return query(f, "SELECT COUNT(e) FROM AuditEntry e", "", Long.class).getSingleResult();
    }

    /** Entries about one object, oldest first (history panels on detail pages). */
    @Transactional
    public List<AuditEntry> history(String objectType, Object objectId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.objectType = :t AND e.objectId = :i ORDER BY e.id",
                        AuditEntry.class)
                .setParameter("t", objectType).setParameter("i", String.valueOf(objectId)).getResultList();
    }

    /** Result of a chain verification: how many rows were checked and the id of the first broken link, if any. */
    public record Verification(long checked, Long brokenAt) implements Serializable {
        Verification(long checked, OptionalLong firstBroken) {
            this(checked, firstBroken.isPresent() ? firstBroken.getAsLong() : null);
        }

        public boolean intact() {
            return brokenAt == null;
        }

        public OptionalLong firstBroken() {
            return brokenAt == null ? OptionalLong.empty() : OptionalLong.of(brokenAt);
        }
    }

    /** Walks the whole chain in id order, page by page, and reports the first row whose hash does not match. */
    @Transactional
    public Verification verify(Actor asker) {
        requireAdmin(asker);
        var verifier = new AuditChain.Verifier();
        long afterId = 0;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = em.createQuery("SELECT e FROM AuditEntry e WHERE e.id > :after ORDER BY e.id",
                            AuditEntry.class)
                    .setParameter("after", afterId).setMaxResults(VERIFY_PAGE).getResultList();
            for (AuditEntry e : page) {
                checked++;
                if (!verifier.accept(e.toRecord())) {
                    return new Verification(checked, OptionalLong.of(e.getId()));
                }
                afterId = e.getId();
            }
            em.clear();
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head.lastId() != afterId) {
            // Rows were removed from the end: the head still remembers the last link.
            return new Verification(checked, OptionalLong.of(afterId + 1));
        }
        return new Verification(checked, OptionalLong.empty());
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        var where = new ArrayList<String>();
        var params = new java.util.LinkedHashMap<String, Object>();
        if (f.actor() != null && !f.actor().isBlank()) {
            where.add("e.actor = :actor");
            params.put("actor", f.actor().trim());
        }
        if (f.objectType() != null && !f.objectType().isBlank()) {
            where.add("e.objectType = :type");
            params.put("type", f.objectType().trim());
        }
        if (f.objectId() != null && !f.objectId().isBlank()) {
            where.add("e.objectId = :oid");
            params.put("oid", f.objectId().trim());
        }
        if (f.action() != null && !f.action().isBlank()) {
            where.add("e.action = :action");
            params.put("action", f.action().trim());
        }
        if (f.from() != null) {
            where.add("e.occurredAt >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.add("e.occurredAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order;
        TypedQuery<T> q = em.createQuery(jpql, type);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            q.setParameter(p.getKey(), p.getValue());
        }
        return q;
    }

    private static void requireAdmin(Actor asker) {
        if (!asker.is(Role.ADMIN)) {
            throw new AccessDeniedException("audit log asked for by " + asker.username());
        }
    }
}
