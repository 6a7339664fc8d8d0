package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Credit grades: the facts of an enterprise's file gathered, graded by the current rules ({@link CreditGrading}), and
 * kept as history whenever the grade, score or reasons change. A change to the file regrades the enterprise in the
 * same transaction; the daily job regrades those whose facts age out of their months or whose rules changed.
 */
@ApplicationScoped
public class GradeService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    EnterpriseService enterprises;

    @Inject
    GradeQueue queue;

    /** The rules in force: the newest version. */
    @Transactional
    public GradeRuleSet currentRules() {
        return em.createQuery("SELECT r FROM GradeRuleSet r ORDER BY r.versionNo DESC", GradeRuleSet.class)
                .setMaxResults(1).getSingleResult();
    }

    /** Every version of the rules, newest first. */
    @Transactional
    public List<GradeRuleSet> ruleHistory() {
        return em.createQuery("SELECT r FROM GradeRuleSet r ORDER BY r.versionNo DESC", GradeRuleSet.class).getResultList();
    }

    /**
     * An official saves a new version of the rules (the old ones stay as they were); refused with nothing stored when a
     * figure is out of bounds. Every graded enterprise is regraded by the daily job, or at its next change.
     */
    @Transactional
    public GradeRuleSet saveRules(Actor actor, CreditGrading.Rules edited, String note) {
        actor.requireStaff("editing credit grading rules");
        String why = Texts.required(note, 500, "note", "grade.rules.note.required");
        if (edited.base() < 0 || edited.base() > 100) {
            throw BusinessException.onField("base", "grade.rules.range", 0, 100);
        }
        if (edited.bThreshold() < 0 || edited.aThreshold() > 100 || edited.bThreshold() >= edited.aThreshold()) {
            throw BusinessException.onField("aThreshold", "grade.rules.thresholds");
        }
        for (CreditGrading.Factor f : CreditGrading.Factor.values()) {
            CreditGrading.Rule r = edited.rule(f);
            if (Math.abs(r.points()) > 100 || r.cap() < 0 || r.cap() > 100 || r.months() < 0 || r.months() > 120
                    || (f.timed() && r.months() == 0 && r.points() != 0)) {
                throw BusinessException.onField("rule-" + f, "grade.rules.factor", f.name());
            }
        }
        int next = currentRules().getVersionNo() + 1;
        GradeRuleSet saved = new GradeRuleSet(next, new CreditGrading.Rules(next, edited.base(), edited.aThreshold(),
                edited.bThreshold(), edited.rules()), why, actor.username(), clock.now());
        em.persist(saved);
        em.flush();
        audit.record(actor, GradeRuleSet.AUDIT_TYPE, saved.getId(), "save", "version " + next + ": " + why);
        return saved;
    }

    /** The facts of the file of this code on {@code today}, as the rules read them. */
    @Transactional
    public List<CreditGrading.Fact> facts(String code, LocalDate today) {
        List<CreditGrading.Fact> out = new ArrayList<>();
        for (DishonestyEntry d : em.createQuery("SELECT d FROM DishonestyEntry d WHERE d.creditCode = :c", DishonestyEntry.class)
                .setParameter("c", code).getResultList()) {
            LocalDate end = d.period().effectiveEnd().orElseThrow();
            if (d.activeOn(today)) {
                out.add(new CreditGrading.Fact(CreditGrading.Factor.LISTED, d.getListedOn(), end, d.getReason()));
            } else if (!end.isAfter(today)) {
                out.add(new CreditGrading.Fact(CreditGrading.Factor.LISTING_ENDED, end, null, d.getReason()));
            }
        }
        for (SpotCheck s : em.createQuery("SELECT s FROM SpotCheck s WHERE s.creditCode = :c ORDER BY s.checkedOn, s.id", SpotCheck.class)
                .setParameter("c", code).getResultList()) {
            String what = s.getProduct() + " " + s.getBatch();
            out.add(new CreditGrading.Fact(s.isPassed() ? CreditGrading.Factor.SPOT_CHECK_PASSED : CreditGrading.Factor.SPOT_CHECK_FAILED,
                    s.getCheckedOn(), null, what));
            if (s.overdueOn(today)) {
                out.add(new CreditGrading.Fact(CreditGrading.Factor.SPOT_CHECK_OVERDUE, s.getRectifyBy().plusDays(1), null, what));
            }
        }
        for (Declaration d : em.createQuery("SELECT d FROM Declaration d WHERE d.creditCode = :c ORDER BY d.declaredOn, d.id",
                Declaration.class).setParameter("c", code).getResultList()) {
            if (d.getStatus() == Declaration.Status.BREACHED) {
                out.add(new CreditGrading.Fact(CreditGrading.Factor.DECLARATION_BREACHED, d.getEndedOn(), null, d.summary()));
            } else if (d.getStatus() == Declaration.Status.ACTIVE) {
                out.add(new CreditGrading.Fact(d.getKind() == Declaration.Kind.STANDARD ? CreditGrading.Factor.STANDARD_DECLARED
                        : CreditGrading.Factor.COMMITMENT_STANDING, d.getDeclaredOn(), null, d.summary()));
            }
        }
        for (Interview i : em.createQuery("SELECT i FROM Interview i WHERE i.creditCode = :c ORDER BY i.heldOn, i.id", Interview.class)
                .setParameter("c", code).getResultList()) {
            out.add(new CreditGrading.Fact(CreditGrading.Factor.INTERVIEW, i.getHeldOn(), null, i.getReason()));
        }
        // Honours and CQO registrations as the file records them: held from the line that starts them until one ends them.
        Map<String, CreditEvent> held = new java.util.LinkedHashMap<>();
        for (CreditEvent e : em.createQuery("SELECT e FROM CreditEvent e WHERE e.creditCode = :c AND e.kind IN :k"
                        + " ORDER BY e.occurredOn, e.id", CreditEvent.class)
                .setParameter("c", code)
                .setParameter("k", List.of("TITLE_AWARDED", "TITLE_REVOKED", "TITLE_EXPIRED", "CQO_REGISTERED", "CQO_ENDED"))
                .getResultList()) {
            String key = e.getRefType() + ":" + e.getRefId();
            if (e.getKind().equals("TITLE_AWARDED") || e.getKind().equals("CQO_REGISTERED")) {
                held.put(key, e);
            } else {
                held.remove(key);
            }
        }
        held.values().forEach(e -> out.add(new CreditGrading.Fact(e.getKind().equals("CQO_REGISTERED")
                ? CreditGrading.Factor.CQO_REGISTERED : CreditGrading.Factor.HONOUR_HELD, e.getOccurredOn(), null, e.getDetail())));
        return out;
    }

    /** The grade of this code today, by the current rules, without storing anything. */
    @Transactional
    public CreditGrading.Result gradeOf(String code) {
        return CreditGrading.grade(currentRules().rules(), facts(code, clock.today()), clock.today());
    }

    /** Grades the code and keeps the result in the history when it differs from the last one. */
    @Transactional
    public CreditGrading.Result regrade(String code) {
        CreditGrading.Result r = gradeOf(code);
        List<GradeRecord> last = em.createQuery("SELECT g FROM GradeRecord g WHERE g.creditCode = :c ORDER BY g.id DESC",
                GradeRecord.class).setParameter("c", code).setMaxResults(1).getResultList();
        if (last.isEmpty() || !last.get(0).sameAs(r)) {
            em.persist(new GradeRecord(code, r, clock.today(), clock.now()));
        }
        return r;
    }

    /** The history of an enterprise's grade, newest first: its own accounts and staff. */
    @Transactional
    public List<GradeRecord> history(Actor actor, Long enterpriseId) {
        Enterprise e = enterprises.getFor(actor, enterpriseId);
        return em.createQuery("SELECT g FROM GradeRecord g WHERE g.creditCode = :c ORDER BY g.id DESC", GradeRecord.class)
                .setParameter("c", e.getCreditCode()).setMaxResults(50).getResultList();
    }

    /** How many enterprises hold each grade, by their latest record: the classified supervision's overview. */
    @Transactional
    public Map<CreditGrading.Grade, Long> distribution(Actor actor) {
        actor.requireStaff("reading credit grades");
        Map<CreditGrading.Grade, Long> out = new EnumMap<>(CreditGrading.Grade.class);
        for (CreditGrading.Grade g : CreditGrading.Grade.values()) {
            out.put(g, 0L);
        }
        for (Object[] r : em.createQuery("SELECT g.grade, COUNT(g) FROM GradeRecord g WHERE g.id IN"
                + " (SELECT MAX(h.id) FROM GradeRecord h GROUP BY h.creditCode) GROUP BY g.grade", Object[].class).getResultList()) {
            out.put((CreditGrading.Grade) r[0], (Long) r[1]);
        }
        return out;
    }

    /** The codes whose grade the daily job looks at: those with a grade in the history. */
    @Transactional
    public List<String> gradedCodes(String after, int max) {
        return em.createQuery("SELECT DISTINCT g.creditCode FROM GradeRecord g WHERE g.creditCode > :a ORDER BY g.creditCode",
                String.class).setParameter("a", after).setMaxResults(max).getResultList();
    }

    /**
     * A line of a credit file was added: the enterprise is regraded at once, in the same transaction, unless a bulk
     * change is under way ({@link #inBulk}), which regrades each enterprise once at its end.
     */
    void lineAdded(@Observes CreditFile.LineAdded e) {
        if (queue.deferring()) {
            queue.add(e.creditCode());
        } else {
            regrade(e.creditCode());
        }
    }

    /** Runs a change of many files (an import) and regrades each enterprise it touched once, at the end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T inBulk(java.util.function.Supplier<T> work) {
        boolean outer = !queue.deferring();
        queue.defer();
        try {
            return work.get();
        } finally {
            if (outer) {
                queue.drain().forEach(this::regrade);
            }
        }
    }
}
