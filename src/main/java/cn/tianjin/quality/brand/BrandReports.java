package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly indicator reports of recognised Tianjin brands ({@link ReportSchedule}): what each holder owes, filing a
 * report (checked like an application's figures, nothing stored until all is right), and the daily round of reminders,
 * warnings and suspensions for reports not filed, each step told to the holder and audited. Filing a report whose
 * absence suspended the recognition reinstates it. The holder's enterprise files; bureau staff and the evaluators of
 * the member that recognised the brand read.
 */
@ApplicationScoped
public class BrandReports {
    /** The holder's page of yearly reports. */
    public static final String PAGE = "/enterprise/brand-report";

    @PersistenceContext
    EntityManager em;

    @Inject
    BrandMethods methods;

    @Inject
    TitleService titles;

    @Inject
    NotificationService notifications;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    /** A report a recognition owes: the year, its due day, the report if filed, and the steps taken while it was not. */
    public record Owed(Title title, int year, LocalDate due, BrandReport filed, Map<ReportSchedule.Step, LocalDate> steps)
            implements Serializable {
        public boolean isLate(LocalDate today) {
            return filed == null && today.isAfter(due);
        }
    }

    /** A report as its form shows it: the indicators to give and the figures filed (empty before). */
    public record Part(Owed owed, IndicatorSet indicators, Map<String, BigDecimal> figures, boolean editable)
            implements Serializable {
    }

    /** The reports the enterprise's recognised brands owe today, newest year first; the holder's own or staff. */
    @Transactional
    public List<Owed> owed(Actor actor, Long enterpriseId) {
        if (!actor.isStaff() && !(actor.is(Role.APPLICANT) && enterpriseId != null && enterpriseId.equals(actor.enterpriseId()))) {
            throw new NotFoundException("brand reports of enterprise " + enterpriseId + " for " + actor.username());
        }
        List<Owed> out = new ArrayList<>();
        for (Title t : em.createQuery("SELECT t FROM Title t WHERE t.enterpriseId = :e AND t.programme = :p AND t.level = :l"
                        + " AND t.origin = :o AND t.status IN :held ORDER BY t.id", Title.class)
                .setParameter("e", enterpriseId).setParameter("p", BrandProgramme.CODE)
                .setParameter("l", BrandProgramme.RECOGNISED).setParameter("o", Title.Origin.PORTAL)
                .setParameter("held", List.of(Title.Status.VALID, Title.Status.SUSPENDED)).getResultList()) {
            out.addAll(owedBy(t, clock.today()));
        }
        out.sort((a, b) -> b.year() != a.year() ? Integer.compare(b.year(), a.year()) : Long.compare(a.title().getId(), b.title().getId()));
        return out;
    }

    /** A report's form: the holder may file it while it is owed; staff and the recognising member's evaluators read. */
    @Transactional
    public Part part(Actor actor, Long titleId, int year) {
        Title t = readable(actor, titleId);
        Owed owed = owedBy(t, clock.today()).stream().filter(o -> o.year() == year).findFirst()
                .orElseThrow(() -> new NotFoundException("report " + year + " of title " + titleId));
        IndicatorSet set = owed.filed() == null ? methods.current(BrandMethod.Kind.INDICATORS).orElseThrow().indicators()
                : methods.find(BrandMethod.Kind.INDICATORS, owed.filed().getIndicatorSet()).orElseThrow().indicators();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        if (owed.filed() != null) {
            em.createQuery("SELECT f FROM BrandReportFigure f WHERE f.reportId = :r", BrandReportFigure.class)
                    .setParameter("r", owed.filed().getId()).getResultList().forEach(f -> figures.put(f.getIndicator(), f.getFigure()));
        }
        return new Part(owed, set, figures, holds(actor, t));
    }

    /** Every problem of the figures entered, each on its field ({@code CODE.year}), as {@link #file} checks them. */
    @Transactional
    public List<FieldProblem> problems(Actor actor, Long titleId, int year, Map<String, String> entered, boolean chinese) {
        Part p = part(actor, titleId, year);
        return IndicatorCheck.check(p.indicators(), List.of(year), byYear(entered, year), chinese).problems();
    }

    /**
     * Files (or corrects) the report: refused with nothing stored at the first problem. When the missing report had
     * suspended the recognition, and no other missing report did, the recognition holds again.
     */
    @Transactional
    public BrandReport file(Actor actor, Long titleId, int year, Map<String, String> entered, boolean chinese) {
        Part p = part(actor, titleId, year);
        if (!p.editable()) {
            throw new NotFoundException("report " + year + " of title " + titleId + " for " + actor.username());
        }
        IndicatorCheck.Checked checked = IndicatorCheck.check(p.indicators(), List.of(year), byYear(entered, year), chinese);
        FieldProblem.refuse(checked.problems());
        Title t = em.find(Title.class, titleId, LockModeType.PESSIMISTIC_WRITE);
        BrandReport r = p.owed().filed();
        boolean correcting = r != null;
        if (r == null) {
            r = new BrandReport(t.getId(), year, p.indicators().code());
            r.filed(actor.username(), clock.now());
            em.persist(r);
            em.flush();
        } else {
            r = em.merge(r);
            r.filed(actor.username(), clock.now());
            em.createQuery("DELETE FROM BrandReportFigure f WHERE f.reportId = :r").setParameter("r", r.getId()).executeUpdate();
        }
        int count = 0;
        for (var figure : checked.figures().entrySet()) {
            BigDecimal value = figure.getValue().get(year);
            if (value != null) {
                em.persist(new BrandReportFigure(r.getId(), figure.getKey(), value));
                count++;
            }
        }
        em.flush();
        audit.record(actor, BrandReport.AUDIT_TYPE, r.getId(), correcting ? "correct" : "file",
                "title " + t.getId() + ", year " + year + ", " + count + " figures under " + p.indicators().code());
        boolean suspendedForThis = p.owed().steps().containsKey(ReportSchedule.Step.SUSPENDED);
        if (t.getStatus() == Title.Status.SUSPENDED && suspendedForThis && suspendedFor(t).isEmpty()) {
            titles.reinstate(Actor.system(), t.getId(), Messages.get(Messages.CHINESE, "brand.report.reinstated", String.valueOf(year)));
        }
        return r;
    }

    /**
     * The day's round: for each report owed and not filed, the step {@link ReportSchedule} says is due, taken once
     * (the title's row locked, so two instances of a cluster take it once between them). Returns the steps taken.
     */
    @Transactional
    public int remind(LocalDate today) {
        List<Long> ids = em.createQuery("SELECT t.id FROM Title t WHERE t.programme = :p AND t.level = :l AND t.origin = :o"
                        + " AND t.status IN :held ORDER BY t.id", Long.class)
                .setParameter("p", BrandProgramme.CODE).setParameter("l", BrandProgramme.RECOGNISED)
                .setParameter("o", Title.Origin.PORTAL)
                .setParameter("held", List.of(Title.Status.VALID, Title.Status.SUSPENDED)).getResultList();
        int taken = 0;
        for (Long id : ids) {
            Title t = em.find(Title.class, id, LockModeType.PESSIMISTIC_WRITE);
            for (Owed o : owedBy(t, today)) {
                if (o.filed() != null) {
                    continue;
                }
                Optional<ReportSchedule.Step> step = ReportSchedule.next(o.year(), today, o.steps());
                if (step.isPresent()) {
                    take(t, o, step.get(), today);
                    taken++;
                }
            }
        }
        return taken;
    }

    private void take(Title t, Owed o, ReportSchedule.Step step, LocalDate today) {
        em.persist(new BrandReportStep(t.getId(), o.year(), step, today));
        em.flush();
        audit.record(Actor.system(), BrandReport.AUDIT_TYPE, t.getId(), step.name().toLowerCase(java.util.Locale.ROOT),
                "title " + t.getId() + ", year " + o.year() + ", due " + o.due());
        String year = String.valueOf(o.year());
        String link = PAGE + "?title=" + t.getId() + "&year=" + o.year();
        switch (step) {
            case REMINDED -> notifications.tellEnterprise(t.getEnterpriseId(), false, "brand.report.remind.subject",
                    "brand.report.remind.body", link, t.getSubjectName(), year, o.due());
            case WARNED -> notifications.tellEnterprise(t.getEnterpriseId(), true, "brand.report.warn.subject",
                    "brand.report.warn.body", link, t.getSubjectName(), year, o.due(),
                    later(o.due(), today).plusDays(ReportSchedule.GRACE));
            case SUSPENDED -> {
                if (t.getStatus() == Title.Status.VALID) {
                    titles.suspend(Actor.system(), t.getId(), Messages.get(Messages.CHINESE, "brand.report.suspended", year));
                }
            }
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The years whose missing report suspended the title and are still not filed (this one filed now is not). */
    private List<Integer> suspendedFor(Title t) {
        return owedBy(t, clock.today()).stream()
                .filter(o -> o.filed() == null && o.steps().containsKey(ReportSchedule.Step.SUSPENDED))
                .map(Owed::year).toList();
    }

    private List<Owed> owedBy(Title t, LocalDate today) {
        List<Integer> years = ReportSchedule.yearsOwed(t.getValidFrom(), t.getValidUntil(), today);
        if (years.isEmpty()) {
            return List.of();
        }
        Map<Integer, BrandReport> filed = new LinkedHashMap<>();
        em.createQuery("SELECT r FROM BrandReport r WHERE r.titleId = :t", BrandReport.class).setParameter("t", t.getId())
                .getResultList().forEach(r -> filed.put(r.getYear(), r));
        Map<Integer, Map<ReportSchedule.Step, LocalDate>> steps = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM BrandReportStep s WHERE s.titleId = :t", BrandReportStep.class).setParameter("t", t.getId())
                .getResultList().forEach(s -> steps.computeIfAbsent(s.getYear(), k -> new EnumMap<>(ReportSchedule.Step.class))
                        .put(s.getStep(), s.getTakenOn()));
        List<Owed> out = new ArrayList<>();
        for (int y : years) {
            out.add(new Owed(t, y, ReportSchedule.dueDay(y), filed.get(y), steps.getOrDefault(y, Map.of())));
        }
        return out;
    }

    /** A brand recognition of the portal the actor may read: its holder, staff, or the recognising member's evaluators. */
    private Title readable(Actor actor, Long titleId) {
        Title t = titleId == null ? null : em.find(Title.class, titleId);
        if (t == null || !BrandProgramme.CODE.equals(t.getProgramme()) || !BrandProgramme.RECOGNISED.equals(t.getLevel())
                || t.getOrigin() != Title.Origin.PORTAL) {
            throw new NotFoundException("brand recognition " + titleId);
        }
        if (actor.isStaff() || holds(actor, t)) {
            return t;
        }
        Campaign c = t.getCampaignId() == null ? null : em.find(Campaign.class, t.getCampaignId());
        if (c != null && actor.evaluates(c.getOrganisationId())) {
            return t;
        }
        throw new NotFoundException("brand recognition " + titleId + " for " + actor.username());
    }

    private static boolean holds(Actor actor, Title t) {
        return actor.is(Role.APPLICANT) && t.getEnterpriseId().equals(actor.enterpriseId()) && t.getStatus().isHeld();
    }

    private static Map<String, Map<Integer, String>> byYear(Map<String, String> entered, int year) {
        Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
        if (entered != null) {
            entered.forEach((code, text) -> {
                Map<Integer, String> one = new LinkedHashMap<>();
                one.put(year, text);
                out.put(code, one);
            });
        }
        return out;
    }
}
