package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRecord;
import cn.tianjin.quality.platform.tables.TableRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spot-check results in the credit file and the rectification of failures. Officials record results by hand or import
 * the inspection system's export (all rows or none); the enterprise answers a failure with its measures and evidence;
 * officials accept or return them; the hourly job reminds of deadlines. Every change is audited and raises an event.
 */
@ApplicationScoped
public class SpotCheckService {
    private static final int IN_CHUNK = 500;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentService attachments;

    @Inject
    GradeService grades;

    @Inject
    Event<SpotCheckEvents.Passed> passedEvents;

    @Inject
    Event<SpotCheckEvents.Failed> failedEvents;

    @Inject
    Event<SpotCheckEvents.Submitted> submittedEvents;

    @Inject
    Event<SpotCheckEvents.Rectified> rectifiedEvents;

    @Inject
    Event<SpotCheckEvents.Returned> returnedEvents;

    @Inject
    Event<SpotCheckEvents.Reminded> remindedEvents;

    @Inject
    Event<SpotCheckEvents.BecameOverdue> overdueEvents;

    /** An official records one result typed in; refused field by field with nothing stored. */
    @Transactional
    public SpotCheck record(Actor actor, SpotCheckForm form) {
        actor.requireStaff("recording spot checks");
        FieldProblem.refuse(SpotCheckRules.problems(form, clock.today()));
        String name = registeredNames(Set.of(form.getCreditCode())).getOrDefault(form.getCreditCode(), form.getEnterpriseName());
        if (name == null) {
            throw BusinessException.onField("enterpriseName", "spotCheck.enterpriseName.required");
        }
        if (storedKeys(Set.of(form.getCreditCode())).contains(SpotCheckTables.key(form))) {
            throw BusinessException.onField("batch", "spotCheck.duplicate");
        }
        return store(actor, form, name, null);
    }

    /** What an import did: the results stored and how many failed, or the problems of a file of which nothing was stored. */
    public record ImportReport(int stored, int failures, List<RowError> errors) implements Serializable {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Imports the inspection system's export, CSV or XLSX, all rows or none: a file with any bad row stores nothing and
     * says which rows and why (a result stored before, an enterprise the portal does not know and the file does not
     * name, besides what the rules refuse).
     */
    @Transactional
    public ImportReport importTable(Actor actor, String fileName, byte[] content) {
        actor.requireStaff("importing spot checks");
        List<RowError> errors = new ArrayList<>();
        List<TableRecord> records = TableRows.read(content, SpotCheckTables.MAX_ROWS, errors);
        if (!errors.isEmpty()) {
            return new ImportReport(0, 0, errors);
        }
        SpotCheckTables.Parsed parsed = SpotCheckTables.read(records, clock.today());
        if (!parsed.ok()) {
            return new ImportReport(0, 0, parsed.errors());
        }
        Set<String> codes = new HashSet<>();
        parsed.rows().forEach(r -> codes.add(r.form().getCreditCode()));
        Map<String, String> names = registeredNames(codes);
        Set<String> stored = storedKeys(codes);
        for (SpotCheckTables.Row row : parsed.rows()) {
            SpotCheckForm f = row.form();
            if (stored.contains(SpotCheckTables.key(f))) {
                errors.add(RowError.of(row.line(), null, "spotCheck.import.known", f.getProduct(), f.getBatch(),
                        f.getCheckedOn().toString()));
            } else if (!names.containsKey(f.getCreditCode()) && f.getEnterpriseName() == null) {
                errors.add(RowError.of(row.line(), SpotCheckTables.Column.NAME.chineseHeader(), "spotCheck.import.nameNeeded",
                        f.getCreditCode()));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(0, 0, errors);
        }
        String file = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        int failures = grades.inBulk(() -> {
            int failed = 0;
            for (SpotCheckTables.Row row : parsed.rows()) {
                SpotCheckForm f = row.form();
                store(actor, f, names.getOrDefault(f.getCreditCode(), f.getEnterpriseName()), file);
                failed += Boolean.TRUE.equals(f.getPassed()) ? 0 : 1;
            }
            return failed;
        });
        audit.record(actor, SpotCheck.IMPORT_AUDIT_TYPE, file, "import",
                parsed.rows().size() + " results (" + failures + " failed) from " + file);
        return new ImportReport(parsed.rows().size(), failures, List.of());
    }

    private SpotCheck store(Actor actor, SpotCheckForm f, String name, String file) {
        SpotCheck s = new SpotCheck(f, name, file, actor.username(), clock.now());
        em.persist(s);
        em.flush();
        audit.record(actor, SpotCheck.AUDIT_TYPE, s.getId(), file == null ? "record" : "import", s.summary());
        SpotCheckEvents.About about = SpotCheckEvents.About.of(s);
        if (s.isPassed()) {
            passedEvents.fire(new SpotCheckEvents.Passed(about, s.getInspectionBody()));
        } else {
            failedEvents.fire(new SpotCheckEvents.Failed(about, s.getFailedItems(), s.getInspectionBody(), s.getRectifyBy()));
        }
        return s;
    }

    /** The names of the enterprises registered in the portal among these codes. */
    private Map<String, String> registeredNames(Set<String> codes) {
        Map<String, String> out = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            em.createQuery("SELECT e.creditCode, e.name FROM Enterprise e WHERE e.creditCode IN :c", Object[].class)
                    .setParameter("c", chunk).getResultList().forEach(r -> out.put((String) r[0], (String) r[1]));
        }
        return out;
    }

    /** The keys ({@link SpotCheckTables#key}) of the results stored for these enterprises. */
    private Set<String> storedKeys(Set<String> codes) {
        Set<String> out = new HashSet<>();
        for (List<String> chunk : chunks(codes)) {
            for (SpotCheck s : em.createQuery("SELECT s FROM SpotCheck s WHERE s.creditCode IN :c", SpotCheck.class)
                    .setParameter("c", chunk).getResultList()) {
                SpotCheckForm f = new SpotCheckForm();
                f.setCreditCode(s.getCreditCode());
                f.setProduct(s.getProduct());
                f.setBatch(s.getBatch());
                f.setCheckedOn(s.getCheckedOn());
                out.add(SpotCheckTables.key(f));
            }
        }
        return out;
    }

    private static List<List<String>> chunks(Set<String> codes) {
        List<String> all = new ArrayList<>(codes);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return out;
    }

    /**
     * A result as the caller may see it: staff any, an enterprise's accounts only their own; anything else is refused
     * as if it did not exist, so ids cannot be probed.
     */
    @Transactional
    public SpotCheck get(Actor actor, Long id) {
        SpotCheck s = id == null ? null : em.find(SpotCheck.class, id);
        if (s == null || !(actor.isStaff() || owns(actor, s))) {
            throw new NotFoundException("spot check " + id);
        }
        return s;
    }

    /** Whether the caller is an account of the enterprise the result is about. */
    boolean owns(Actor actor, SpotCheck s) {
        if (actor.enterpriseId() == null) {
            return false;
        }
        Enterprise e = em.find(Enterprise.class, actor.enterpriseId());
        return e != null && e.getCreditCode().equals(s.getCreditCode());
    }

    /** The steps of a result's rectification, oldest first. */
    @Transactional
    public List<SpotCheckStep> steps(Actor actor, Long id) {
        SpotCheck s = get(actor, id);
        return em.createQuery("SELECT t FROM SpotCheckStep t WHERE t.spotCheckId = :s ORDER BY t.occurredAt, t.id",
                SpotCheckStep.class).setParameter("s", s.getId()).getResultList();
    }

    /** The results of the caller's own enterprise, newest first: what its accounts see. */
    @Transactional
    public List<SpotCheck> ofMyEnterprise(Actor actor) {
        Enterprise e = actor.enterpriseId() == null ? null : em.find(Enterprise.class, actor.enterpriseId());
        if (e == null) {
            throw new AccessDeniedException(actor.username() + " has no enterprise");
        }
        return em.createQuery("SELECT s FROM SpotCheck s WHERE s.creditCode = :c ORDER BY s.checkedOn DESC, s.id DESC",
                SpotCheck.class).setParameter("c", e.getCreditCode()).getResultList();
    }

    /** How many failed results of the enterprise with this code await its measures (its home page says so). */
    @Transactional
    public long awaitingMeasures(String creditCode) {
        return em.createQuery("SELECT COUNT(s) FROM SpotCheck s WHERE s.creditCode = :c AND s.status IN :awaiting", Long.class)
                .setParameter("c", creditCode).setParameter("awaiting", awaiting()).getSingleResult();
    }

    /**
     * The enterprise submits its measures with a file of evidence while the rectification awaits it; the bureau then
     * decides. Refused with nothing stored when the text or the file is missing.
     */
    @Transactional
    public SpotCheck submit(Actor actor, Long id, int version, String measures, String evidenceName, InputStream evidence) {
        SpotCheck s = get(actor, id);
        if (!owns(actor, s)) {
            throw new AccessDeniedException(actor.username() + " submitting measures for spot check " + id);
        }
        Versions.expect(s.getVersion(), version);
        if (!s.getStatus().awaitsEnterprise()) {
            throw new BusinessException("spotCheck.notAwaitingEnterprise");
        }
        String text = Texts.required(measures, SpotCheckRules.MEASURES_MAX, "measures", "spotCheck.measures.required");
        if (evidence == null || evidenceName == null || evidenceName.isBlank()) {
            throw BusinessException.onField("evidence", "spotCheck.evidence.required");
        }
        Long file = attachments.store(actor, SpotCheck.AUDIT_TYPE, s.getId(), evidenceName, evidence).getId();
        s.submitted(text, file, clock.now());
        Versions.flush(em);
        em.persist(new SpotCheckStep(s.getId(), SpotCheckStep.Kind.SUBMITTED, text, file, actor.username(), clock.now()));
        audit.record(actor, SpotCheck.AUDIT_TYPE, s.getId(), "submit-measures", "evidence " + file + ": " + text);
        submittedEvents.fire(new SpotCheckEvents.Submitted(SpotCheckEvents.About.of(s)));
        return s;
    }

    /** An official accepts submitted measures: the failure is rectified. */
    @Transactional
    public SpotCheck accept(Actor actor, Long id, int version, String note) {
        actor.requireStaff("deciding rectifications");
        SpotCheck s = submittedOne(actor, id, version);
        String text = Texts.optional(note, SpotCheckRules.REASON_MAX, "note");
        s.accepted(actor.username(), clock.now());
        Versions.flush(em);
        em.persist(new SpotCheckStep(s.getId(), SpotCheckStep.Kind.ACCEPTED, text, null, actor.username(), clock.now()));
        audit.record(actor, SpotCheck.AUDIT_TYPE, s.getId(), "accept-rectification", text == null ? "" : text);
        rectifiedEvents.fire(new SpotCheckEvents.Rectified(SpotCheckEvents.About.of(s), clock.today()));
        return s;
    }

    /**
     * An official returns submitted measures with the reason; a new deadline, when given, may not be before today
     * (without one the old deadline stands).
     */
    @Transactional
    public SpotCheck returnMeasures(Actor actor, Long id, int version, String reason, LocalDate newDeadline) {
        actor.requireStaff("deciding rectifications");
        SpotCheck s = submittedOne(actor, id, version);
        String text = Texts.required(reason, SpotCheckRules.REASON_MAX, "reason", "spotCheck.returnReason.required");
        if (newDeadline != null && newDeadline.isBefore(clock.today())) {
            throw BusinessException.onField("newDeadline", "spotCheck.newDeadline.past");
        }
        s.returned(text, newDeadline, actor.username(), clock.now());
        Versions.flush(em);
        em.persist(new SpotCheckStep(s.getId(), SpotCheckStep.Kind.RETURNED,
                newDeadline == null ? text : text + " (" + newDeadline + ")", null, actor.username(), clock.now()));
        audit.record(actor, SpotCheck.AUDIT_TYPE, s.getId(), "return-rectification",
                text + " · rectify by " + s.getRectifyBy());
        returnedEvents.fire(new SpotCheckEvents.Returned(SpotCheckEvents.About.of(s), text, s.getRectifyBy()));
        return s;
    }

    private SpotCheck submittedOne(Actor actor, Long id, int version) {
        SpotCheck s = get(actor, id);
        Versions.expect(s.getVersion(), version);
        if (s.getStatus() != SpotCheck.Status.SUBMITTED) {
            throw new BusinessException("spotCheck.notSubmitted");
        }
        return s;
    }

    /** The lists officials work with: every result, failures, by where rectification stands. */
    public enum View {
        ALL, FAILED, AWAITING_ENTERPRISE, AWAITING_BUREAU, OVERDUE, RECTIFIED, PASSED
    }

    /** The officials' filter: text (enterprise name, credit code, product), the view and the year checked (optional). */
    public record Filter(String text, View view, Integer year) implements Serializable {
    }

    @Transactional
    public List<SpotCheck> search(Actor actor, Filter f, int first, int max) {
        actor.requireStaff("using spot checks");
        return filtered(f, "SELECT s FROM SpotCheck s", " ORDER BY s.checkedOn DESC, s.id DESC", SpotCheck.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional
    public long count(Actor actor, Filter f) {
        actor.requireStaff("using spot checks");
        return filtered(f, "SELECT COUNT(s) FROM SpotCheck s", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(Filter f, String select, String order, Class<T> type) {
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
        View view = f.view() == null ? View.ALL : f.view();
        StringBuilder where = new StringBuilder(" WHERE (:text IS NULL OR s.enterpriseName LIKE :like OR s.product LIKE :like"
                + " OR s.creditCode = :code)");
        if (f.year() != null) {
            where.append(" AND s.checkedOn >= :from AND s.checkedOn < :to");
        }
        switch (view) {
            case FAILED -> where.append(" AND s.passed = FALSE");
            case AWAITING_ENTERPRISE -> where.append(" AND s.status IN :awaiting");
            case AWAITING_BUREAU -> where.append(" AND s.status = :submitted");
            case OVERDUE -> where.append(" AND s.status IN :awaiting AND s.rectifyBy < :today");
            case RECTIFIED -> where.append(" AND s.status = :rectified");
            case PASSED -> where.append(" AND s.passed = TRUE");
            default -> { }
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type)
                .setParameter("text", text)
                .setParameter("like", Like.contains(text))
                .setParameter("code", Texts.typedCode(text));
        if (f.year() != null) {
            q.setParameter("from", LocalDate.of(f.year(), 1, 1)).setParameter("to", LocalDate.of(f.year() + 1, 1, 1));
        }
        switch (view) {
            case AWAITING_ENTERPRISE -> q.setParameter("awaiting", awaiting());
            case AWAITING_BUREAU -> q.setParameter("submitted", SpotCheck.Status.SUBMITTED);
            case OVERDUE -> q.setParameter("awaiting", awaiting()).setParameter("today", clock.today());
            case RECTIFIED -> q.setParameter("rectified", SpotCheck.Status.RECTIFIED);
            default -> { }
        }
        return q;
    }

    private static List<SpotCheck.Status> awaiting() {
        return List.of(SpotCheck.Status.OPEN, SpotCheck.Status.RETURNED);
    }

    /** The figures of the years checked, newest first, from {@code fromYear} to this year: the rectification rate. */
    @Transactional
    public List<SpotCheckRules.YearFigures> figures(Actor actor, int fromYear) {
        actor.requireStaff("using spot checks");
        LocalDate today = clock.today();
        List<SpotCheckRules.YearFigures> out = new ArrayList<>();
        for (int year = today.getYear(); year >= fromYear; year--) {
            Map<SpotCheck.Status, Long> by = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT s.status, COUNT(s) FROM SpotCheck s WHERE s.checkedOn >= :from"
                            + " AND s.checkedOn < :to GROUP BY s.status", Object[].class)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                    .getResultList()) {
                by.put((SpotCheck.Status) r[0], (Long) r[1]);
            }
            long overdue = em.createQuery("SELECT COUNT(s) FROM SpotCheck s WHERE s.checkedOn >= :from AND s.checkedOn < :to"
                            + " AND s.status IN :awaiting AND s.rectifyBy < :today", Long.class)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                    .setParameter("awaiting", awaiting()).setParameter("today", today).getSingleResult();
            long all = by.values().stream().mapToLong(Long::longValue).sum();
            long passed = by.getOrDefault(SpotCheck.Status.PASSED, 0L);
            long open = by.getOrDefault(SpotCheck.Status.OPEN, 0L) + by.getOrDefault(SpotCheck.Status.RETURNED, 0L);
            out.add(new SpotCheckRules.YearFigures(year, all, all - passed, by.getOrDefault(SpotCheck.Status.RECTIFIED, 0L),
                    by.getOrDefault(SpotCheck.Status.SUBMITTED, 0L), open, overdue));
        }
        return out;
    }

    /**
     * Sends the reminders due on {@code today}: a week before a deadline and after it passed, each once per result and
     * deadline; tells the bureau how many became overdue. Returns how many reminders were sent.
     */
    @Transactional
    public int remind(LocalDate today) {
        List<SpotCheck> due = em.createQuery("SELECT s FROM SpotCheck s WHERE s.status IN :awaiting AND s.rectifyBy <= :soon"
                        + " ORDER BY s.id", SpotCheck.class)
                .setParameter("awaiting", awaiting())
                .setParameter("soon", today.plusDays(SpotCheckRules.DUE_SOON_DAYS)).getResultList();
        Set<String> sent = new HashSet<>();
        if (!due.isEmpty()) {
            em.createQuery("SELECT r FROM SpotCheckReminder r WHERE r.deadline >= :oldest", SpotCheckReminder.class)
                    .setParameter("oldest", due.stream().map(SpotCheck::getRectifyBy).min(LocalDate::compareTo).orElseThrow())
                    .getResultList().forEach(r -> sent.add(r.getSpotCheckId() + ":" + r.getKind() + ":" + r.getDeadline()));
        }
        int reminded = 0;
        int overdue = 0;
        for (SpotCheck s : due) {
            String kind = SpotCheckRules.reminderDue(s.getRectifyBy(), today);
            if (kind == null || sent.contains(s.getId() + ":" + kind + ":" + s.getRectifyBy())) {
                continue;
            }
            em.persist(new SpotCheckReminder(s.getId(), kind, s.getRectifyBy(), today));
            remindedEvents.fire(new SpotCheckEvents.Reminded(SpotCheckEvents.About.of(s), kind, s.getRectifyBy()));
            reminded++;
            overdue += SpotCheckReminder.OVERDUE.equals(kind) ? 1 : 0;
        }
        em.flush();
        if (overdue > 0) {
            overdueEvents.fire(new SpotCheckEvents.BecameOverdue(overdue));
        }
        return reminded;
    }
}
