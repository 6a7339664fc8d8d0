package cn.tianjin.quality.platform.audit;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.PortalClock;
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
import java.util.stream.Stream;

/**
 * The audit log: every state change is recorded here by the service that makes it, inside the same
 * transaction, so a change and its audit row commit or roll back together.
 *
 * <p>Rows are linked into the hash chain after they commit, not while they are written: linking them in the
 * writing transaction meant locking the chain's head until that transaction committed, so every audited change
 * in the portal committed one after the other (under 32 experts saving, InnoDB counted 1,700 waits for that row in
 * 20 seconds). {@link #sealPending} links the committed rows, every second and in the order it finds them; a row
 * is "pending" until then, and verification counts such rows apart.
 */
@ApplicationScoped
public class AuditLog {
    @Inject
    PortalClock clock;

    private static final int VERIFY_PAGE = 2000;
    private static final int SUMMARY_MAX = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Recorded> recorded;

    /**
     * Fired for every audited row; observers that act after commit learn that stored data has changed, unless
     * {@code changed} is false (the row records that someone saw something, see {@link #disclosure}).
     */
    public record Recorded(String objectType, String action, boolean changed) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String objectType, Object objectId, String action, String summary) {
        write(actor, objectType, objectId, action, summary, true);
    }

    /**
     * Records, in a transaction of its own, what was done outside any transaction: a download streamed to the caller
     * (an export), which changes nothing stored but must be on the log.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordServed(Actor actor, String objectType, Object objectId, String action, String summary) {
        write(actor, objectType, objectId, action, summary, false);
    }

    /**
     * Records that {@code actor} was shown something the log must know of (personal data revealed for a reason); it
     * changes no stored record, so nothing kept from the stored data is thrown away for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disclosure(Actor actor, String objectType, Object objectId, String action, String summary) {
        write(actor, objectType, objectId, action, summary, false);
    }

    private void write(Actor actor, String objectType, Object objectId, String action, String summary, boolean changed) {
        String text = summary == null ? "" : summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX) : summary;
        em.persist(new AuditEntry(clock.now(), actor, objectType, String.valueOf(objectId), action, text));
        recorded.fire(new Recorded(objectType, action, changed));
    }

    /** Whether committed rows wait to be linked into the chain; reads no lock. */
    @Transactional
    public boolean hasPending() {
        return !em.createQuery("SELECT e.id FROM AuditEntry e WHERE e.chainSeq IS NULL", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Links up to {@code max} committed rows into the chain after its head, oldest id first, and returns how many.
     * The head's lock is the transaction's first statement, so the rows read after it include everything another
     * sealer (another instance of a cluster) committed before letting go of it; and a row is only sealed if it is
     * still unsealed when written, so two sealers can never give one row two places.
     */
    @Transactional
    public int sealPending(int max) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEntry> rows = em.createQuery("SELECT e FROM AuditEntry e WHERE e.chainSeq IS NULL ORDER BY e.id",
                AuditEntry.class).setMaxResults(max).getResultList();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        for (AuditEntry row : rows) {
            seq++;
            String hash = AuditChain.hash(previous, row.toRecord(seq));
            int sealed = em.createQuery("UPDATE AuditEntry e SET e.chainSeq = :seq, e.prevHash = :prev, e.hash = :hash"
                            + " WHERE e.id = :id AND e.chainSeq IS NULL")
                    .setParameter("seq", seq).setParameter("prev", previous).setParameter("hash", hash)
                    .setParameter("id", row.getId()).executeUpdate();
            if (sealed != 1) {
                throw new IllegalStateException("Audit row " + row.getId() + " was sealed by someone else while the chain's"
                        + " head was locked here; nothing of this sealing is kept");
            }
            previous = hash;
        }
        head.advance(seq, previous);
        return rows.size();
    }

    /** Filter for the admin's audit page; null fields are not filtered. */
    public record Filter(String actor, String objectType, String objectId, String action, LocalDate from, LocalDate to) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }

        /** Nothing to filter by: blank texts, as an empty form sends them, filter nothing. */
        public boolean empty() {
            return Stream.of(actor, objectType, objectId, action).allMatch(t -> t == null || t.isBlank())
                    && from == null && to == null;
        }
    }

    @Transactional
    public List<AuditEntry> search(Actor asker, Filter f, int first, int size) {
        requireAdmin(asker);
        var q = query(f, "SELECT e FROM AuditEntry e", " ORDER BY e.id DESC", AuditEntry.class);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The next {@code size} entries the filter matches older than {@code beforeId} (all when null), newest first. */
    @Transactional
    public List<AuditEntry> searchBefore(Actor asker, Filter f, Long beforeId, int size) {
        requireAdmin(asker);
        return query(f, beforeId, "SELECT e FROM AuditEntry e", " ORDER BY e.id DESC", AuditEntry.class)
                .setMaxResults(size).getResultList();
    }

    /**
     * The number of entries the filter matches, counted up to {@code atMost + 1}: a filtered count reads every match,
     * so a filter that many entries match (an action done every day) took longer the longer the log grew. A result
     * over {@code atMost} means "more than atMost". The whole log as first opened is always counted exactly.
     */
    @Transactional
    public long count(Actor asker, Filter f, int atMost) {
        requireAdmin(asker);
        if (f.empty()) {
            // The whole log, as the page first opens: counting it read every row (100,000 rows: 18 ms a visit). Sealed
            // rows hold positions 1 to the head's, one each (verification checks exactly that), so the total is the
            // head's position plus the rows not linked yet, both read in one snapshot.
            AuditHead head = em.find(AuditHead.class, AuditHead.ID);
            return head.lastSeq() + pendingRows();
        }
        return query(f, "SELECT e.id FROM AuditEntry e", "", Long.class).setMaxResults(atMost + 1).getResultList().size();
    }

    /** Entries about one object, oldest first (history panels on detail pages). */
    @Transactional
    public List<AuditEntry> history(String objectType, Object objectId) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.objectType = :t AND e.objectId = :i ORDER BY e.id",
                        AuditEntry.class)
                .setParameter("t", objectType).setParameter("i", String.valueOf(objectId)).getResultList();
    }

    /**
     * Result of a chain verification: how many rows were checked, the id of the first row found broken (or the
     * chain position after the last row, when rows were cut off the end), and how many rows were too recent to be
     * in the chain yet.
     */
    public record Verification(long checked, Long brokenAt, long pending) implements Serializable {
        public boolean intact() {
            return brokenAt == null;
        }

        public OptionalLong firstBroken() {
            return brokenAt == null ? OptionalLong.empty() : OptionalLong.of(brokenAt);
        }
    }

    /**
     * Walks the chain in order, page by page, up to the head as it was when verification began (rows sealed
     * meanwhile wait for the next one), and reports the first row whose hash does not match.
     */
    @Transactional
    public Verification verify(Actor asker) {
        requireAdmin(asker);
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long last = head.lastSeq();
        String lastHash = head.lastHash();
        var verifier = new AuditChain.Verifier();
        long after = 0;
        long checked = 0;
        while (after < last) {
            List<AuditEntry> page = em.createQuery("SELECT e FROM AuditEntry e WHERE e.chainSeq > :after"
                            + " AND e.chainSeq <= :last ORDER BY e.chainSeq", AuditEntry.class)
                    .setParameter("after", after).setParameter("last", last).setMaxResults(VERIFY_PAGE).getResultList();
            for (AuditEntry e : page) {
                checked++;
                // A row whose position is not the next one was moved, or rows before it removed.
                if (e.getChainSeq() != after + 1 || !verifier.accept(e.toRecord(e.getChainSeq()))) {
                    return new Verification(checked, e.getId(), pendingRows());
                }
                after = e.getChainSeq();
            }
            em.clear();
            if (page.size() < VERIFY_PAGE) {
                break;
            }
        }
        if (after != last || !verifier.lastHash().equals(lastHash)) {
            // Rows were removed from the end, or the last one rewritten with a new hash: the head remembers the link.
            return new Verification(checked, after + 1, pendingRows());
        }
        return new Verification(checked, null, pendingRows());
    }

    private long pendingRows() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.chainSeq IS NULL", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        return query(f, null, select, order, type);
    }

    /** The query of a filter; {@code beforeId}, when given, keeps the entries older than that one. */
    private <T> TypedQuery<T> query(Filter f, Long beforeId, String select, String order, Class<T> type) {
        var where = new ArrayList<String>();
        var params = new java.util.LinkedHashMap<String, Object>();
        if (beforeId != null) {
            where.add("e.id < :before");
            params.put("before", beforeId);
        }
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
