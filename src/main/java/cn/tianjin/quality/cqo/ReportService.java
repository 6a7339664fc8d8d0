package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.privacy.Masks;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The yearly work report of the CQO: the enterprise drafts and submits its report on a year in the first quarter of the
 * next; reminders go out as {@link ReportSchedule} says, the late ones escalate to the bureau, and officials see who
 * reported and who is overdue. The deadline is a setting ({@code cqo.report-deadline}, {@code MM-DD}, default 03-31).
 */
@ApplicationScoped
public class ReportService {
    private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<CqoEvents.ReportReminded> reminded;

    @Inject
    Event<CqoEvents.ReportsOverdue> overdueEvents;

    @Inject
    @ConfigProperty(name = "cqo.report-deadline", defaultValue = "03-31")
    String deadlineSetting;

    private volatile ReportSchedule schedule;

    /** The schedule of the configured deadline; a setting that does not read falls back to 31 March, with a warning. */
    public ReportSchedule schedule() {
        ReportSchedule s = schedule;
        if (s == null) {
            try {
                s = new ReportSchedule(MonthDay.parse("--" + deadlineSetting.strip()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                LOG.warning("cqo.report-deadline must read MM-DD between January and November, not " + deadlineSetting
                        + "; 03-31 is used");
                s = new ReportSchedule(MonthDay.of(3, 31));
            }
            schedule = s;
        }
        return s;
    }

    /** The enterprise's report on a year as its page shows it; {@code report} is null until a draft is saved. */
    public record View(int year, LocalDate deadline, boolean overdue, Filing filing, WorkReport report) implements Serializable {
        public boolean submitted() {
            return report != null && report.getStatus() == ReportStatus.SUBMITTED;
        }
    }

    /**
     * The enterprise's report on {@code year}: open when the enterprise has a registered CQO who was registered by the
     * end of that year. Refused ({@code cqo.report.notDue}) otherwise, and for a year whose report is not asked for yet.
     */
    @Transactional
    public View view(Actor actor, int year) {
        Long enterpriseId = enterpriseOf(actor);
        if (year > ReportSchedule.reportYearOn(clock.today())) {
            throw new BusinessException("cqo.report.notYet", year, year + 1);
        }
        Filing filing = reportingFiling(enterpriseId, year)
                .orElseThrow(() -> new BusinessException("cqo.report.notDue", year));
        return new View(year, schedule().deadline(year), schedule().overdue(year, clock.today()) && !submitted(enterpriseId, year),
                filing, find(enterpriseId, year).orElse(null));
    }

    /** Saves a draft; a draft may be incomplete. Refused once the report is submitted. */
    @Transactional
    public WorkReport save(Actor actor, int year, Integer version, ReportForm form) {
        FieldProblem.refuse(form.problems(false));
        return store(actor, year, version, form, false);
    }

    /** Submits the report, every part filled in; a submitted report is final. */
    @Transactional
    public WorkReport submit(Actor actor, int year, Integer version, ReportForm form) {
        FieldProblem.refuse(form.problems(true));
        return store(actor, year, version, form, true);
    }

    private WorkReport store(Actor actor, int year, Integer version, ReportForm form, boolean submit) {
        View v = view(actor, year);
        WorkReport r = v.report();
        if (r == null) {
            r = new WorkReport(v.filing().getEnterpriseId(), v.filing().getId(), year, clock.now());
            em.persist(r);
        } else {
            if (r.getStatus() == ReportStatus.SUBMITTED) {
                throw new BusinessException("cqo.report.alreadySubmitted", year);
            }
            Versions.expect(r.getVersion(), version == null ? -1 : version);
        }
        r.take(form, clock.now());
        if (submit) {
            r.submitted(actor.username(), clock.now());
        }
        Versions.flush(em);
        audit.record(actor, WorkReport.AUDIT_TYPE, r.getId(), submit ? "submit" : "save",
                "year " + year + (submit && v.overdue() ? ", after the deadline " + v.deadline() : ""));
        return r;
    }

    /** A line of the bureau's overview of one year's reports. */
    public record Line(Long enterpriseId, String enterpriseName, String creditCode, String districtCode, String registryNumber,
                       String maskedName, WorkReport report, int reminderLevel) implements Serializable {
        public boolean submitted() {
            return report != null && report.getStatus() == ReportStatus.SUBMITTED;
        }
    }

    public record Overview(int year, LocalDate deadline, boolean pastDeadline, List<Line> lines) implements Serializable {
        public long submittedCount() {
            return lines.stream().filter(Line::submitted).count();
        }

        public long missingCount() {
            return lines.size() - submittedCount();
        }
    }

    /**
     * Every enterprise that must report on {@code year}: the report (or none yet), the highest reminder sent; the ones
     * without a submitted report first, so that after the deadline the overdue list is the top of the page.
     */
    @Transactional
    public Overview overview(Actor actor, int year) {
        actor.requireStaff("reading the CQO reports");
        List<Object[]> due = em.createQuery("SELECT f, e.name, e.creditCode, e.districtCode FROM Filing f, Enterprise e"
                        + " WHERE e.id = f.enterpriseId AND f.status = :s AND f.registeredOn <= :end ORDER BY e.name", Object[].class)
                .setParameter("s", FilingStatus.REGISTERED).setParameter("end", LocalDate.of(year, 12, 31)).getResultList();
        Map<Long, WorkReport> reports = new HashMap<>();
        em.createQuery("SELECT r FROM WorkReport r WHERE r.reportYear = :y", WorkReport.class).setParameter("y", year)
                .getResultList().forEach(r -> reports.put(r.getEnterpriseId(), r));
        Map<Long, Integer> levels = new HashMap<>();
        em.createQuery("SELECT m.enterpriseId, MAX(m.level) FROM ReportReminder m WHERE m.reportYear = :y GROUP BY m.enterpriseId",
                        Object[].class).setParameter("y", year).getResultList()
                .forEach(r -> levels.put((Long) r[0], (Integer) r[1]));
        List<Line> lines = due.stream().map(r -> {
            Filing f = (Filing) r[0];
            return new Line(f.getEnterpriseId(), (String) r[1], (String) r[2], (String) r[3], f.getRegistryNumber(),
                    Masks.name(f.getPersonName()), reports.get(f.getEnterpriseId()),
                    levels.getOrDefault(f.getEnterpriseId(), ReportSchedule.NONE));
        }).sorted((a, b) -> Boolean.compare(a.submitted(), b.submitted())).toList();
        return new Overview(year, schedule().deadline(year), schedule().overdue(year, clock.today()), lines);
    }

    /**
     * Sends the reminders due on {@code today} for the report being asked for (the year before): each enterprise that
     * must report and has not submitted gets the highest level due, once; from the deadline on, the bureau's officials
     * are told how many are late. Returns how many enterprises were reminded.
     */
    @Transactional
    public int remind(LocalDate today) {
        int year = ReportSchedule.reportYearOn(today);
        int level = schedule().levelOn(year, today);
        if (level == ReportSchedule.NONE) {
            return 0;
        }
        List<Filing> due = em.createQuery("SELECT f FROM Filing f WHERE f.status = :s AND f.registeredOn <= :end", Filing.class)
                .setParameter("s", FilingStatus.REGISTERED).setParameter("end", LocalDate.of(year, 12, 31)).getResultList();
        Set<Long> done = new HashSet<>(em.createQuery("SELECT r.enterpriseId FROM WorkReport r WHERE r.reportYear = :y"
                + " AND r.status = :s", Long.class).setParameter("y", year).setParameter("s", ReportStatus.SUBMITTED).getResultList());
        Set<Long> sent = new HashSet<>(em.createQuery("SELECT m.enterpriseId FROM ReportReminder m WHERE m.reportYear = :y"
                + " AND m.level >= :l", Long.class).setParameter("y", year).setParameter("l", level).getResultList());
        LocalDate deadline = schedule().deadline(year);
        int count = 0;
        for (Filing f : due) {
            if (done.contains(f.getEnterpriseId()) || !sent.add(f.getEnterpriseId())) {
                continue;
            }
            em.persist(new ReportReminder(f.getEnterpriseId(), year, level, today));
            reminded.fire(new CqoEvents.ReportReminded(f.getEnterpriseId(), year, level, deadline));
            count++;
        }
        if (count > 0) {
            em.flush();
            audit.record(Actor.system(), WorkReport.AUDIT_TYPE, "reminders-" + year, "remind",
                    count + " enterprises reminded of the report on " + year + " (level " + level + ")");
            if (ReportSchedule.escalates(level)) {
                long late = due.stream().filter(f -> !done.contains(f.getEnterpriseId())).count();
                overdueEvents.fire(new CqoEvents.ReportsOverdue(year, late, deadline));
            }
        }
        return count;
    }

    /** A submitted or draft report, for its enterprise and staff. */
    @Transactional
    public WorkReport get(Actor actor, Long id) {
        WorkReport r = id == null ? null : em.find(WorkReport.class, id);
        if (r == null || !actor.isStaff() && !actor.belongsTo(r.getEnterpriseId())) {
            throw new NotFoundException("CQO report " + id);
        }
        return r;
    }

    private Long enterpriseOf(Actor actor) {
        if (actor.enterpriseId() == null || em.find(Enterprise.class, actor.enterpriseId()) == null
                || !actor.belongsTo(actor.enterpriseId())) {
            throw new AccessDeniedException(actor.username() + " opening a CQO report");
        }
        return actor.enterpriseId();
    }

    /** How many enterprises that must report on {@code year} have not submitted it (one count, no rows loaded). */
    @Transactional
    public long missing(int year) {
        return em.createQuery("SELECT COUNT(f) FROM Filing f WHERE f.status = :s AND f.registeredOn <= :end AND NOT EXISTS"
                        + " (SELECT r FROM WorkReport r WHERE r.enterpriseId = f.enterpriseId AND r.reportYear = :y"
                        + " AND r.status = :submitted)", Long.class)
                .setParameter("s", FilingStatus.REGISTERED).setParameter("end", LocalDate.of(year, 12, 31))
                .setParameter("y", year).setParameter("submitted", ReportStatus.SUBMITTED).getSingleResult();
    }

    /** Whether the enterprise must report on {@code year} and has not submitted it yet. */
    @Transactional
    public boolean stillDue(Long enterpriseId, int year) {
        return reportingFiling(enterpriseId, year).isPresent() && !submitted(enterpriseId, year);
    }

    private Optional<Filing> reportingFiling(Long enterpriseId, int year) {
        return em.createQuery("SELECT f FROM Filing f WHERE f.enterpriseId = :e AND f.status = :s AND f.registeredOn <= :end",
                        Filing.class)
                .setParameter("e", enterpriseId).setParameter("s", FilingStatus.REGISTERED)
                .setParameter("end", LocalDate.of(year, 12, 31)).getResultStream().findFirst();
    }

    private Optional<WorkReport> find(Long enterpriseId, int year) {
        return em.createQuery("SELECT r FROM WorkReport r WHERE r.enterpriseId = :e AND r.reportYear = :y", WorkReport.class)
                .setParameter("e", enterpriseId).setParameter("y", year).getResultStream().findFirst();
    }

    private boolean submitted(Long enterpriseId, int year) {
        return find(enterpriseId, year).map(r -> r.getStatus() == ReportStatus.SUBMITTED).orElse(false);
    }
}
