package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The serious dishonesty list and the one-vote veto. Officials add, correct, end and import entries here; every
 * programme asks {@link #veto} whether an enterprise may receive an honour.
 */
@ApplicationScoped
public class CreditService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    GradeService grades;

    @Inject
    Event<CreditEvents.Listed> listed;

    @Inject
    Event<CreditEvents.Corrected> corrected;

    @Inject
    Event<CreditEvents.Ended> ended;

    /** The answer to "is this enterprise vetoed on date D, and by which entries". */
    public record Veto(String creditCode, LocalDate on, List<DishonestyEntry> entries) implements Serializable {
        public boolean vetoed() {
            return !entries.isEmpty();
        }
    }

    /** Entries active on the given day. Used at submission, eligibility review, and just before publication. */
    @Transactional
    public Veto veto(String creditCode, LocalDate on) {
        List<DishonestyEntry> active = entriesOf(creditCode).stream().filter(e -> e.activeOn(on)).toList();
        return new Veto(creditCode, on, active);
    }

    /** Entries in force at any time in the window [from, to]: the look-back check of eligibility rules. */
    @Transactional
    public List<DishonestyEntry> listedDuring(String creditCode, LocalDate from, LocalDate to) {
        return entriesOf(creditCode).stream().filter(e -> e.period().overlaps(from, to)).toList();
    }

    @Transactional
    public List<DishonestyEntry> entriesOf(String creditCode) {
        return em.createQuery("SELECT d FROM DishonestyEntry d WHERE d.creditCode = :c ORDER BY d.listedOn DESC, d.id DESC",
                        DishonestyEntry.class)
                .setParameter("c", creditCode).getResultList();
    }

    @Transactional
    public DishonestyEntry get(Actor actor, Long id) {
        actor.requireStaff("using the credit register");
        DishonestyEntry e = id == null ? null : em.find(DishonestyEntry.class, id);
        if (e == null) {
            throw new NotFoundException("dishonesty entry " + id);
        }
        return e;
    }

    /** Adds an entry; the removal date defaults to three years after listing. */
    @Transactional
    public DishonestyEntry add(Actor actor, DishonestyEntry draft) {
        actor.requireStaff("using the credit register");
        DishonestyEntry e = new DishonestyEntry();
        e.copyFrom(normalised(draft));
        e.created(actor.username(), clock.now());
        em.persist(e);
        em.flush();
        audit.record(actor, DishonestyEntry.AUDIT_TYPE, e.getId(), "add", e.summary());
        listed.fire(new CreditEvents.Listed(e.getId(), e.getCreditCode(), e.getEnterpriseName(), e.getListedOn(),
                e.getRemovalOn(), e.getReason()));
        return e;
    }

    @Transactional
    public DishonestyEntry correct(Actor actor, DishonestyEntry edited) {
        DishonestyEntry e = get(actor, edited.getId());
        Versions.expect(e.getVersion(), edited.getVersion());
        String before = e.summary();
        e.copyFrom(normalised(edited));
        String after = e.summary();
        if (!before.equals(after)) {
            Versions.flush(em);
            audit.record(actor, DishonestyEntry.AUDIT_TYPE, e.getId(), "correct", "before: " + before + " | after: " + after);
            corrected.fire(new CreditEvents.Corrected(e.getId(), e.getCreditCode(), after));
        }
        return e;
    }

    /** Ends an entry early (credit repair, court decision); the entry and its history stay. */
    @Transactional
    public DishonestyEntry end(Actor actor, Long id, LocalDate on, String why) {
        DishonestyEntry e = get(actor, id);
        if (e.getEndedOn() != null) {
            throw new BusinessException("credit.alreadyEnded", e.getEndedOn());
        }
        if (why == null || why.isBlank()) {
            throw BusinessException.onField("endReason", "credit.endReason.required");
        }
        LocalDate day = on == null ? clock.today() : on;
        if (day.isBefore(e.getListedOn())) {
            throw BusinessException.onField("endedOn", "credit.endBeforeListing");
        }
        e.end(day, why.trim());
        audit.record(actor, DishonestyEntry.AUDIT_TYPE, e.getId(), "end", "ended=" + day + ", why=" + why.trim());
        ended.fire(new CreditEvents.Ended(e.getId(), e.getCreditCode(), day, why.trim()));
        return e;
    }

    /** What an import did: the rows stored, or the problems of a file of which nothing was stored. */
    public record ImportReport(int stored, List<cn.tianjin.quality.platform.tables.RowError> errors) implements Serializable {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Imports a CSV file all or nothing: a file with any bad row stores nothing and says which rows and why. */
    @Transactional
    public ImportReport importCsv(Actor actor, String fileName, byte[] content) {
        actor.requireStaff("using the credit register");
        CreditCsv.Result parsed = CreditCsv.parse(content, clock.today());
        if (!parsed.ok()) {
            return new ImportReport(0, parsed.errors());
        }
        grades.inBulk(() -> {
            for (CreditCsv.Row row : parsed.rows()) {
                DishonestyEntry d = new DishonestyEntry();
                d.setCreditCode(row.code());
                d.setEnterpriseName(row.name());
                d.setReason(row.reason());
                d.setSourceDocument(row.source());
                d.setListedOn(row.listedOn());
                d.setRemovalOn(row.removalOn());
                add(actor, d);
            }
            return null;
        });
        audit.record(actor, DishonestyEntry.IMPORT_AUDIT_TYPE, fileName, "import", parsed.rows().size() + " entries from " + fileName);
        return new ImportReport(parsed.rows().size(), List.of());
    }

    public record Filter(String text, Boolean activeOnly) {
    }

    @Transactional
    public List<DishonestyEntry> search(Actor actor, Filter f, int first, int max) {
        actor.requireStaff("using the credit register");
        return filtered(f, "SELECT d FROM DishonestyEntry d", " ORDER BY d.listedOn DESC, d.id DESC", DishonestyEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional
    public long count(Actor actor, Filter f) {
        actor.requireStaff("using the credit register");
        return filtered(f, "SELECT COUNT(d) FROM DishonestyEntry d", "", Long.class).getSingleResult();
    }

    /** One line of the public disclosure: what the listing decision says, nothing about any person. */
    public record Disclosed(String enterpriseName, String creditCode, String reason, String legalBasis, LocalDate listedOn,
                            LocalDate until) implements Serializable {
        public static Disclosed of(DishonestyEntry d) {
            return new Disclosed(d.getEnterpriseName(), d.getCreditCode(), d.getReason(), d.getSourceDocument(), d.getListedOn(),
                    d.period().effectiveEnd().orElseThrow());
        }
    }

    public record Disclosure(long total, List<Disclosed> lines) implements Serializable {
    }

    /**
     * The serious dishonesty list as the public sees it (曝光): the listings running today, newest first, searched by
     * part of the name or the whole credit code. A listing leaves it the day it ends or is ended.
     */
    @Transactional
    public Disclosure disclosed(String text, int first, int max) {
        Filter f = new Filter(text, true);
        long total = filtered(f, "SELECT COUNT(d) FROM DishonestyEntry d", "", Long.class).getSingleResult();
        List<Disclosed> lines = filtered(f, "SELECT d FROM DishonestyEntry d", " ORDER BY d.listedOn DESC, d.id DESC",
                DishonestyEntry.class).setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(Disclosed::of).toList();
        return new Disclosure(total, lines);
    }

    private <T> jakarta.persistence.TypedQuery<T> filtered(Filter f, String select, String order, Class<T> type) {
        String text = f.text() == null || f.text().isBlank() ? null : f.text().trim();
        boolean active = Boolean.TRUE.equals(f.activeOnly());
        String where = " WHERE (:text IS NULL OR d.enterpriseName LIKE :like OR d.creditCode = :code)"
                + (active ? " AND d.listedOn <= :today AND d.removalOn > :today AND (d.endedOn IS NULL OR d.endedOn > :today)" : "");
        var q = em.createQuery(select + where + order, type)
                .setParameter("text", text)
                .setParameter("like", Like.contains(text))
                .setParameter("code", text == null ? null : text.toUpperCase(java.util.Locale.ROOT));
        if (active) {
            q.setParameter("today", clock.today());
        }
        return q;
    }

    private DishonestyEntry normalised(DishonestyEntry draft) {
        DishonestyEntry d = new DishonestyEntry();
        d.setCreditCode(EnterpriseService.requireValidCode(draft.getCreditCode()));
        d.setEnterpriseName(trimRequired(draft.getEnterpriseName(), "enterpriseName"));
        d.setReason(trimRequired(draft.getReason(), "reason"));
        d.setSourceDocument(trimRequired(draft.getSourceDocument(), "sourceDocument"));
        if (draft.getListedOn() == null) {
            throw BusinessException.onField("listedOn", "credit.listedOn.required");
        }
        d.setListedOn(draft.getListedOn());
        d.setRemovalOn(draft.getRemovalOn() == null ? DishonestyPeriod.defaultRemoval(draft.getListedOn()) : draft.getRemovalOn());
        DishonestyPeriod.problem(d.getListedOn(), d.getRemovalOn(), clock.today()).ifPresent(key -> {
            throw BusinessException.onField("removalOn", key);
        });
        return d;
    }

    private static String trimRequired(String s, String field) {
        if (s == null || s.isBlank()) {
            throw BusinessException.onField(field, "field.required");
        }
        return s.trim();
    }

}
