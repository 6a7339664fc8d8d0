package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Periodic reports (定期报送): officials define a report (its figures, its period, who files it and by when); each
 * filer files every period once it has ended, and may correct a filing; the late are reminded once and listed; a
 * figure that feeds a city target records the target's figure, the sum of the period's filings, at each filing.
 */
@ApplicationScoped
public class PeriodicReports {
    static final int NAME_MAX = 200;
    static final int LABEL_MAX = 100;
    static final int UNIT_MAX = 20;
    static final int NOTE_MAX = 1000;
    static final int MAX_DUE_DAYS = 120;
    /** Periods a report's page and a filer's list look back over. */
    static final int PERIODS_SHOWN = 12;
    static final BigDecimal MAX_FIGURE = new BigDecimal("999999999999");

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    NotificationService notifications;

    @Inject
    TargetService targets;

    /** An account that files, or may be made to file, a report. */
    public record Filer(Long userId, String name, String organisation) implements Serializable {
        static Filer of(UserAccount u) {
            return new Filer(u.getId(), u.getDisplayName(), u.getOrganisation() == null ? "" : u.getOrganisation());
        }
    }

    /** A report in the officials' list: its latest period that can be filed, how many filed it, how many are late. */
    public record Summary(PeriodicReport report, ReportPeriod latest, long filed, long filers, long late)
            implements Serializable {
    }

    /** One filer's line of a period: the filing (null when none) and its figures in field order (null where none). */
    public record FilerLine(Filer filer, PeriodicFiling filing, List<BigDecimal> figures, boolean late)
            implements Serializable {
    }

    /** A period of a report: its due day, each filer's line and the totals per field. */
    public record PeriodLines(ReportPeriod period, LocalDate due, List<FilerLine> lines, List<BigDecimal> totals)
            implements Serializable {
        public long filed() {
            return lines.stream().filter(l -> l.filing() != null).count();
        }
    }

    public record Detail(PeriodicReport report, List<ReportField> fields, List<Filer> filers, List<PeriodLines> periods)
            implements Serializable {
    }

    /** A period a filer has still to file, or has filed (to correct). */
    public record Due(PeriodicReport report, ReportPeriod period, LocalDate due, boolean late) implements Serializable {
    }

    /**
     * What the filing page shows: the report, its fields, the period, the caller's filing and figures so far (empty:
     * none), and whether the caller files this report at all (staff who do not may only read it).
     */
    public record FilingView(PeriodicReport report, List<ReportField> fields, ReportPeriod period, LocalDate due,
                             PeriodicFiling filing, Map<Long, BigDecimal> figures, boolean mine) implements Serializable {
        /** Whether the period has ended and the report is still asked for, so the caller may file or correct it. */
        public boolean fileable(LocalDate today) {
            return mine && report.isActive() && period.endedBefore(today);
        }
    }

    /** The accounts that may file reports: district offices' recommender accounts and officials, active. */
    @Transactional
    public List<Filer> candidates(Actor actor) {
        actor.requireStaff("defining periodic reports");
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.role IN :roles AND u.status = :active"
                        + " ORDER BY u.role, u.organisation, u.displayName", UserAccount.class)
                .setParameter("roles", List.of(Role.RECOMMENDER, Role.OFFICIAL)).setParameter("active", AccountStatus.ACTIVE)
                .getResultList().stream().map(Filer::of).toList();
    }

    /** Defines a report; every problem of the draft is refused with the field it concerns, and nothing is stored. */
    @Transactional
    public PeriodicReport create(Actor actor, ReportDraft d) {
        actor.requireStaff("defining periodic reports");
        String zh = Texts.required(d.getNameZh(), NAME_MAX, "nameZh", "report.name.required");
        String en = Texts.required(d.getNameEn(), NAME_MAX, "nameEn", "report.name.required");
        if (d.getKind() == null) {
            throw BusinessException.onField("kind", "report.kind.required");
        }
        ReportPeriod first = ReportPeriod.parse(d.getKind(), d.getFirstPeriod()).filter(p -> p.year() >= 2000
                        && p.year() <= clock.today().getYear() + 1)
                .orElseThrow(() -> BusinessException.onField("firstPeriod", "report.firstPeriod.invalid",
                        ReportPeriod.containing(d.getKind(), clock.today()).key()));
        if (d.getDueDays() == null || d.getDueDays() < 0 || d.getDueDays() > MAX_DUE_DAYS) {
            throw BusinessException.onField("dueDays", "report.dueDays.invalid", MAX_DUE_DAYS);
        }
        List<ReportDraft.Field> fields = d.getFields().stream().filter(f -> !f.isBlank()).toList();
        if (fields.isEmpty()) {
            throw BusinessException.onField("fields", "report.fields.required");
        }
        for (ReportDraft.Field f : fields) {
            Texts.required(f.getLabelZh(), LABEL_MAX, "fields", "report.field.label");
            Texts.required(f.getLabelEn(), LABEL_MAX, "fields", "report.field.label");
            Texts.optional(f.getUnit(), UNIT_MAX, "fields");
            if (f.getTargetId() != null) {
                CityTarget t = em.find(CityTarget.class, f.getTargetId());
                if (t == null || t.isCounted()) {
                    throw BusinessException.onField("fields", "report.field.targetInvalid");
                }
            }
        }
        Set<Long> filerIds = new java.util.LinkedHashSet<>(d.getFilerIds());
        Set<Long> allowed = candidates(actor).stream().map(Filer::userId).collect(Collectors.toSet());
        if (filerIds.isEmpty() || !allowed.containsAll(filerIds)) {
            throw BusinessException.onField("filers", "report.filers.required");
        }
        PeriodicReport r = new PeriodicReport(zh, en, first, d.getDueDays(), actor.username(), clock.now());
        em.persist(r);
        em.flush();
        int position = 0;
        for (ReportDraft.Field f : fields) {
            em.persist(new ReportField(r.getId(), ++position, f.getLabelZh().strip(), f.getLabelEn().strip(),
                    Texts.optional(f.getUnit(), UNIT_MAX, "fields"), f.getTargetId()));
        }
        filerIds.forEach(id -> em.persist(new ReportFiler(r.getId(), id)));
        em.flush();
        audit.record(actor, PeriodicReport.AUDIT_TYPE, r.getId(), "create", zh + ", " + first.kind() + " from " + first.key()
                + ", due " + d.getDueDays() + " days after, " + fields.size() + " figures, filers " + filerIds);
        return r;
    }

    /** Stops asking for a report; what was filed stays. */
    @Transactional
    public void retire(Actor actor, Long id, int expectedVersion) {
        actor.requireStaff("defining periodic reports");
        PeriodicReport r = report(id);
        Versions.expect(r.getVersion(), expectedVersion);
        r.retire();
        Versions.flush(em);
        audit.record(actor, PeriodicReport.AUDIT_TYPE, r.getId(), "retire", r.getNameZh());
    }

    /** Every report, active first, with its latest period's state. */
    @Transactional
    public List<Summary> all(Actor actor) {
        actor.requireStaff("reading periodic reports");
        LocalDate today = clock.today();
        List<Summary> out = new ArrayList<>();
        for (PeriodicReport r : em.createQuery("SELECT r FROM PeriodicReport r ORDER BY r.active DESC, r.id DESC",
                PeriodicReport.class).getResultList()) {
            List<ReportPeriod> ended = ReportPeriod.ended(r.first(), today, 1);
            long filers = filerIds(r.getId()).size();
            if (ended.isEmpty()) {
                out.add(new Summary(r, null, 0, filers, 0));
                continue;
            }
            ReportPeriod latest = ended.get(0);
            long filed = filedBy(r.getId(), latest.key()).size();
            out.add(new Summary(r, latest, filed, filers, r.isActive() ? lateCount(r, today) : 0));
        }
        return out;
    }

    /** A report with its last periods: who filed what, who is late, the totals. */
    @Transactional
    public Detail detail(Actor actor, Long id) {
        actor.requireStaff("reading periodic reports");
        PeriodicReport r = report(id);
        List<ReportField> fields = fields(r.getId());
        List<Filer> filers = filers(r.getId());
        LocalDate today = clock.today();
        Map<String, Map<Long, PeriodicFiling>> filings = new HashMap<>();
        for (PeriodicFiling f : em.createQuery("SELECT f FROM PeriodicFiling f WHERE f.reportId = :r", PeriodicFiling.class)
                .setParameter("r", r.getId()).getResultList()) {
            filings.computeIfAbsent(f.getPeriodKey(), k -> new HashMap<>()).put(f.getFilerUserId(), f);
        }
        Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
        for (FilingValue v : em.createQuery("SELECT v FROM FilingValue v, PeriodicFiling f WHERE f.id = v.filingId"
                + " AND f.reportId = :r", FilingValue.class).setParameter("r", r.getId()).getResultList()) {
            values.computeIfAbsent(v.getFilingId(), k -> new HashMap<>()).put(v.getFieldId(), v.getFigure());
        }
        List<PeriodLines> periods = new ArrayList<>();
        for (ReportPeriod p : ReportPeriod.ended(r.first(), today, PERIODS_SHOWN)) {
            LocalDate due = p.due(r.getDueDays());
            List<FilerLine> lines = new ArrayList<>();
            List<BigDecimal> totals = new ArrayList<>(fields.stream().map(f -> BigDecimal.ZERO).toList());
            for (Filer filer : filers) {
                PeriodicFiling f = filings.getOrDefault(p.key(), Map.of()).get(filer.userId());
                List<BigDecimal> figures = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    BigDecimal v = f == null ? null : values.getOrDefault(f.getId(), Map.of()).get(fields.get(i).getId());
                    figures.add(v);
                    if (v != null) {
                        totals.set(i, totals.get(i).add(v));
                    }
                }
                lines.add(new FilerLine(filer, f, figures, f == null && r.isActive() && due.isBefore(today)));
            }
            periods.add(new PeriodLines(p, due, lines, totals));
        }
        return new Detail(r, fields, filers, periods);
    }

    /** The periods the caller has still to file, oldest first, over the reports it files. */
    @Transactional
    public List<Due> dueFor(Actor actor) {
        if (actor.userId() == null) {
            return List.of();
        }
        LocalDate today = clock.today();
        List<Due> out = new ArrayList<>();
        for (PeriodicReport r : em.createQuery("SELECT r FROM PeriodicReport r, ReportFiler f WHERE f.reportId = r.id"
                + " AND f.userId = :u AND r.active = TRUE ORDER BY r.id", PeriodicReport.class)
                .setParameter("u", actor.userId()).getResultList()) {
            Set<String> filed = new HashSet<>(em.createQuery("SELECT f.periodKey FROM PeriodicFiling f WHERE f.reportId = :r"
                    + " AND f.filerUserId = :u", String.class).setParameter("r", r.getId()).setParameter("u", actor.userId())
                    .getResultList());
            List<ReportPeriod> ended = new ArrayList<>(ReportPeriod.ended(r.first(), today, PERIODS_SHOWN));
            java.util.Collections.reverse(ended);
            for (ReportPeriod p : ended) {
                if (!filed.contains(p.key())) {
                    LocalDate due = p.due(r.getDueDays());
                    out.add(new Due(r, p, due, due.isBefore(today)));
                }
            }
        }
        return out;
    }

    /** The filing page of a period: for the report's filers, and for staff to read. */
    @Transactional
    public FilingView filing(Actor actor, Long reportId, String periodKey) {
        PeriodicReport r = report(reportId);
        boolean mine = isFiler(r.getId(), actor.userId());
        if (!actor.isStaff() && !mine) {
            throw new NotFoundException("periodic report " + reportId + " for " + actor.username());
        }
        ReportPeriod p = period(r, periodKey);
        Optional<PeriodicFiling> f = filingOf(r.getId(), p.key(), actor.userId());
        Map<Long, BigDecimal> figures = new LinkedHashMap<>();
        f.ifPresent(x -> em.createQuery("SELECT v FROM FilingValue v WHERE v.filingId = :f", FilingValue.class)
                .setParameter("f", x.getId()).getResultList().forEach(v -> figures.put(v.getFieldId(), v.getFigure())));
        return new FilingView(r, fields(r.getId()), p, p.due(r.getDueDays()), f.orElse(null), figures, mine);
    }

    /**
     * Files a period, or corrects a filing: every field needs a figure of 0 or more with at most two decimals. The
     * targets fed by the report's fields record the period's new sums.
     */
    @Transactional
    public PeriodicFiling file(Actor actor, Long reportId, String periodKey, Map<Long, BigDecimal> figures, String note) {
        PeriodicReport r = report(reportId);
        if (!isFiler(r.getId(), actor.userId())) {
            throw new NotFoundException("periodic report " + reportId + " for " + actor.username());
        }
        if (!r.isActive()) {
            throw new BusinessException("report.retired.refused");
        }
        ReportPeriod p = period(r, periodKey);
        if (!p.endedBefore(clock.today())) {
            throw new BusinessException("report.period.notEnded", p.key(), p.lastDay());
        }
        List<ReportField> fields = fields(r.getId());
        for (ReportField f : fields) {
            BigDecimal v = figures.get(f.getId());
            if (v == null) {
                throw BusinessException.onField("figure-" + f.getId(), "report.figure.required", f.getLabelZh());
            }
            if (!TargetService.isFigure(v, MAX_FIGURE)) {
                throw BusinessException.onField("figure-" + f.getId(), "report.figure.invalid", f.getLabelZh());
            }
        }
        String text = Texts.optional(note, NOTE_MAX, "note");
        Optional<PeriodicFiling> existing = filingOf(r.getId(), p.key(), actor.userId());
        PeriodicFiling filing = existing.orElseGet(() -> new PeriodicFiling(r.getId(), p.key(), actor.userId()));
        filing.submitted(text, clock.now());
        if (existing.isEmpty()) {
            em.persist(filing);
            em.flush();
        }
        Map<Long, FilingValue> stored = new HashMap<>();
        em.createQuery("SELECT v FROM FilingValue v WHERE v.filingId = :f", FilingValue.class).setParameter("f", filing.getId())
                .getResultList().forEach(v -> stored.put(v.getFieldId(), v));
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (ReportField f : fields) {
            BigDecimal v = figures.get(f.getId());
            FilingValue old = stored.get(f.getId());
            if (old == null) {
                em.persist(new FilingValue(filing.getId(), f.getId(), v));
            } else {
                before.append(f.getLabelZh()).append('=').append(old.getFigure().toPlainString()).append(' ');
                old.change(v);
            }
            after.append(f.getLabelZh()).append('=').append(v.toPlainString()).append(' ');
        }
        Versions.flush(em);
        audit.record(actor, PeriodicFiling.AUDIT_TYPE, filing.getId(), existing.isEmpty() ? "file" : "correct",
                r.getNameZh() + " " + p.key() + ": " + (existing.isEmpty() ? "" : before.toString().strip() + " -> ")
                        + after.toString().strip());
        feedTargets(r, p, fields, actor);
        return filing;
    }

    /** Each target fed by a field records the period's sum over the filings so far, with how many of the filers filed. */
    private void feedTargets(PeriodicReport r, ReportPeriod p, List<ReportField> fields, Actor actor) {
        long filed = filedBy(r.getId(), p.key()).size();
        long filers = filerIds(r.getId()).size();
        for (ReportField f : fields) {
            if (f.getTargetId() == null) {
                continue;
            }
            BigDecimal sum = em.createQuery("SELECT SUM(v.figure) FROM FilingValue v, PeriodicFiling g WHERE g.id = v.filingId"
                            + " AND g.reportId = :r AND g.periodKey = :p AND v.fieldId = :f", BigDecimal.class)
                    .setParameter("r", r.getId()).setParameter("p", p.key()).setParameter("f", f.getId()).getSingleResult();
            targets.recordReported(f.getTargetId(), sum == null ? BigDecimal.ZERO : sum, p.lastDay(),
                    "定期报送：" + r.getNameZh() + " " + p.key() + "（" + filed + "/" + filers + "）", actor);
        }
    }

    /**
     * Reminds each late filer once per report and period (a unique key stops a second instance sending it again);
     * returns how many were reminded.
     */
    @Transactional
    public int remind(LocalDate today) {
        int count = 0;
        for (PeriodicReport r : em.createQuery("SELECT r FROM PeriodicReport r WHERE r.active = TRUE", PeriodicReport.class)
                .getResultList()) {
            for (ReportPeriod p : ReportPeriod.ended(r.first(), today, PERIODS_SHOWN)) {
                LocalDate due = p.due(r.getDueDays());
                if (!due.isBefore(today)) {
                    continue;
                }
                Set<Long> filed = filedBy(r.getId(), p.key());
                Set<Long> reminded = new HashSet<>(em.createQuery("SELECT m.userId FROM PeriodicReminder m WHERE m.reportId = :r"
                        + " AND m.periodKey = :p", Long.class).setParameter("r", r.getId()).setParameter("p", p.key())
                        .getResultList());
                for (Long user : filerIds(r.getId())) {
                    if (filed.contains(user) || reminded.contains(user)) {
                        continue;
                    }
                    em.persist(new PeriodicReminder(r.getId(), p.key(), user, today));
                    UserAccount u = em.find(UserAccount.class, user);
                    String locale = u == null ? null : u.getLocale();
                    notifications.notify(user, locale, "report.late.subject", "report.late.body", link(r, p),
                            r.name(cn.tianjin.quality.platform.web.Messages.locale(locale)), p.key(), due);
                    count++;
                }
            }
        }
        if (count > 0) {
            em.flush();
            audit.record(Actor.system(), PeriodicReport.AUDIT_TYPE, "reminders-" + today, "remind", count + " late filings reminded");
        }
        return count;
    }

    /** Filings past their due day not yet made, over the active reports' last periods. */
    @Transactional
    public long lateCount() {
        LocalDate today = clock.today();
        long n = 0;
        for (PeriodicReport r : em.createQuery("SELECT r FROM PeriodicReport r WHERE r.active = TRUE", PeriodicReport.class)
                .getResultList()) {
            n += lateCount(r, today);
        }
        return n;
    }

    private long lateCount(PeriodicReport r, LocalDate today) {
        long filers = filerIds(r.getId()).size();
        long n = 0;
        for (ReportPeriod p : ReportPeriod.ended(r.first(), today, PERIODS_SHOWN)) {
            if (p.due(r.getDueDays()).isBefore(today)) {
                n += filers - filedBy(r.getId(), p.key()).size();
            }
        }
        return n;
    }

    /** Where a filer files a period. */
    static String link(PeriodicReport r, ReportPeriod p) {
        return "/account/periodic-report?id=" + r.getId() + "&period=" + p.key();
    }

    private ReportPeriod period(PeriodicReport r, String key) {
        ReportPeriod p = ReportPeriod.parse(r.getPeriodKind(), key)
                .orElseThrow(() -> new NotFoundException("period " + key + " of report " + r.getId()));
        if (p.compareTo(r.first()) < 0) {
            throw new NotFoundException("period " + key + " before report " + r.getId() + " began");
        }
        return p;
    }

    private Optional<PeriodicFiling> filingOf(Long reportId, String periodKey, Long userId) {
        return em.createQuery("SELECT f FROM PeriodicFiling f WHERE f.reportId = :r AND f.periodKey = :p AND f.filerUserId = :u",
                        PeriodicFiling.class).setParameter("r", reportId).setParameter("p", periodKey).setParameter("u", userId)
                .getResultStream().findFirst();
    }

    private Set<Long> filedBy(Long reportId, String periodKey) {
        return new HashSet<>(em.createQuery("SELECT f.filerUserId FROM PeriodicFiling f WHERE f.reportId = :r AND f.periodKey = :p",
                Long.class).setParameter("r", reportId).setParameter("p", periodKey).getResultList());
    }

    private List<Long> filerIds(Long reportId) {
        return em.createQuery("SELECT f.userId FROM ReportFiler f WHERE f.reportId = :r ORDER BY f.id", Long.class)
                .setParameter("r", reportId).getResultList();
    }

    private boolean isFiler(Long reportId, Long userId) {
        return userId != null && em.createQuery("SELECT COUNT(f) FROM ReportFiler f WHERE f.reportId = :r AND f.userId = :u",
                Long.class).setParameter("r", reportId).setParameter("u", userId).getSingleResult() > 0;
    }

    private List<Filer> filers(Long reportId) {
        return em.createQuery("SELECT u FROM UserAccount u, ReportFiler f WHERE f.userId = u.id AND f.reportId = :r ORDER BY f.id",
                UserAccount.class).setParameter("r", reportId).getResultList().stream().map(Filer::of).toList();
    }

    private List<ReportField> fields(Long reportId) {
        return em.createQuery("SELECT f FROM ReportField f WHERE f.reportId = :r ORDER BY f.position", ReportField.class)
                .setParameter("r", reportId).getResultList();
    }

    private PeriodicReport report(Long id) {
        PeriodicReport r = id == null ? null : em.find(PeriodicReport.class, id);
        if (r == null) {
            throw new NotFoundException("periodic report " + id);
        }
        return r;
    }
}
