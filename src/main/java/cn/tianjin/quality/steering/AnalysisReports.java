package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.pdf.PdfFonts;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The yearly quality analysis reports: officials open a year's draft (with the usual sections to write), write and
 * arrange its sections, read the draft as PDF with the figures compiled that moment, publish it (every section written;
 * the figures are compiled and frozen) and may withdraw a published report to correct it. The public reads published
 * reports only; a draft does not exist for anyone but staff.
 */
@ApplicationScoped
public class AnalysisReports {
    /** The first year the portal's data can speak for. */
    static final int FIRST_YEAR = 2018;
    static final int HEADING_MAX = 200;
    static final int BODY_MAX = 10000;
    static final int MAX_SECTIONS = 20;
    static final int REASON_MAX = 500;
    /** The sections a new draft starts with: message keys of their headings, and where they stand. */
    static final List<String> STARTING_SECTIONS = List.of("analysis.start.summary", "analysis.start.problems",
            "analysis.start.next");

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    AnalysisCompiler compiler;

    @Inject
    PortalConfig config;

    /** A report with its sections in order. */
    public record Detail(AnalysisReport report, List<AnalysisSection> sections) implements Serializable {
        private static final long serialVersionUID = 1L;

        public List<AnalysisSection> placed(AnalysisSection.Placement placement) {
            return sections.stream().filter(s -> s.getPlacement() == placement).toList();
        }
    }

    /** A rendered report and whether it is a draft (never to be kept by a cache). */
    public record Rendered(byte[] bytes, boolean draft) {
    }

    /** What a section form sends. */
    public record SectionForm(AnalysisSection.Placement placement, String heading, String body) {
    }

    @Transactional
    public List<AnalysisReport> all(Actor actor) {
        actor.requireStaff("reading the analysis reports");
        return em.createQuery("SELECT r FROM AnalysisReport r ORDER BY r.year DESC", AnalysisReport.class).getResultList();
    }

    /** The published reports, newest year first: for everyone. */
    @Transactional
    public List<AnalysisReport> published() {
        return em.createQuery("SELECT r FROM AnalysisReport r WHERE r.status = :s ORDER BY r.year DESC", AnalysisReport.class)
                .setParameter("s", AnalysisReport.Status.PUBLISHED).getResultList();
    }

    /** Opens the draft of a year, with the sections such a report usually has, empty, headed in Chinese (the city's report is). */
    @Transactional
    public AnalysisReport open(Actor actor, Integer year) {
        actor.requireStaff("drafting an analysis report");
        int now = clock.today().getYear();
        if (year == null || year < FIRST_YEAR || year > now) {
            throw BusinessException.onField("year", "analysis.year.invalid", String.valueOf(FIRST_YEAR),
                    String.valueOf(now));
        }
        boolean taken = !em.createQuery("SELECT r.id FROM AnalysisReport r WHERE r.year = :y", Long.class)
                .setParameter("y", year).getResultList().isEmpty();
        if (taken) {
            throw BusinessException.onField("year", "analysis.year.taken", String.valueOf(year));
        }
        AnalysisReport r = new AnalysisReport(year, actor.username(), clock.now());
        try {
            em.persist(r);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // A colleague opened the same year a moment before: the unique key says so.
            throw BusinessException.onField("year", "analysis.year.taken", String.valueOf(year));
        }
        int position = 0;
        for (String key : STARTING_SECTIONS) {
            AnalysisSection.Placement placement = position == 0 ? AnalysisSection.Placement.BEFORE
                    : AnalysisSection.Placement.AFTER;
            em.persist(new AnalysisSection(r.getId(), ++position, placement, Messages.get(Messages.CHINESE, key), ""));
        }
        audit.record(actor, AnalysisReport.AUDIT_TYPE, r.getId(), "open", "draft of " + year);
        return r;
    }

    @Transactional
    public Detail detail(Actor actor, Long id) {
        actor.requireStaff("reading an analysis report");
        return detail(report(id));
    }

    private Detail detail(AnalysisReport r) {
        return new Detail(r, em.createQuery("SELECT s FROM AnalysisSection s WHERE s.reportId = :r ORDER BY s.position, s.id",
                AnalysisSection.class).setParameter("r", r.getId()).getResultList());
    }

    /** Adds a section to a draft, last. */
    @Transactional
    public void addSection(Actor actor, Long id, int expectedVersion, SectionForm f) {
        actor.requireStaff("writing an analysis report");
        AnalysisReport r = draft(id, expectedVersion);
        Detail d = detail(r);
        if (d.sections().size() >= MAX_SECTIONS) {
            throw new BusinessException("analysis.sections.tooMany", MAX_SECTIONS);
        }
        Checked c = check(f, null);
        int last = d.sections().stream().mapToInt(AnalysisSection::getPosition).max().orElse(0);
        em.persist(new AnalysisSection(r.getId(), last + 1, c.placement(), c.heading(), c.body()));
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, AnalysisReport.AUDIT_TYPE, r.getId(), "section-add", c.heading());
        Versions.flush(em);
    }

    /**
     * Saves what the draft's sections now say, all of them or none: a section whose heading is missing or whose text
     * is too long is named by its number. Only sections that changed are written and audited.
     */
    @Transactional
    public void saveSections(Actor actor, Long id, int expectedVersion, Map<Long, SectionForm> bySection) {
        actor.requireStaff("writing an analysis report");
        AnalysisReport r = draft(id, expectedVersion);
        List<AnalysisSection> sections = detail(r).sections();
        int number = 0;
        List<String> changed = new ArrayList<>();
        for (AnalysisSection s : sections) {
            number++;
            SectionForm f = bySection.get(s.getId());
            if (f == null) {
                continue;
            }
            Checked c = check(f, number);
            if (!c.heading().equals(s.getHeading()) || !c.body().equals(s.getBody()) || c.placement() != s.getPlacement()) {
                s.change(c.placement(), c.heading(), c.body());
                changed.add(c.heading() + " (" + c.placement() + ", " + c.body().length() + " characters)");
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, AnalysisReport.AUDIT_TYPE, r.getId(), "section-change", String.join("; ", changed));
        Versions.flush(em);
    }

    /** A section form's fields as stored: trimmed heading (required), text (at most {@link #BODY_MAX}), placement. */
    private record Checked(AnalysisSection.Placement placement, String heading, String body) {
    }

    /**
     * Checks a section form: a section being added has its fields named; one of several saved together is named by
     * its number ({@code number}, counted from 1).
     */
    private static Checked check(SectionForm f, Integer number) {
        String heading = f.heading() == null ? "" : f.heading().strip();
        if (heading.isEmpty()) {
            throw number == null ? BusinessException.onField("heading", "analysis.heading.required")
                    : new BusinessException("analysis.section.headingRequired", number);
        }
        if (heading.length() > HEADING_MAX) {
            throw number == null ? BusinessException.onField("heading", "text.tooLong", HEADING_MAX)
                    : new BusinessException("analysis.section.headingTooLong", number, HEADING_MAX);
        }
        String body = f.body() == null ? "" : f.body().strip();
        if (body.length() > BODY_MAX) {
            throw number == null ? BusinessException.onField("body", "text.tooLong", BODY_MAX)
                    : new BusinessException("analysis.section.tooLong", number, BODY_MAX);
        }
        return new Checked(f.placement() == null ? AnalysisSection.Placement.AFTER : f.placement(), heading, body);
    }

    @Transactional
    public void removeSection(Actor actor, Long id, int expectedVersion, Long sectionId) {
        actor.requireStaff("writing an analysis report");
        AnalysisReport r = draft(id, expectedVersion);
        AnalysisSection s = section(detail(r), sectionId);
        em.remove(s);
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, AnalysisReport.AUDIT_TYPE, r.getId(), "section-remove", s.getHeading());
        Versions.flush(em);
    }

    /** Publishes a draft whose every section is written: the figures are compiled now and kept as they are. */
    @Transactional
    public void publish(Actor actor, Long id, int expectedVersion) {
        actor.requireStaff("publishing an analysis report");
        AnalysisReport r = draft(id, expectedVersion);
        Detail d = detail(r);
        if (d.sections().isEmpty()) {
            throw new BusinessException("analysis.publish.noSections");
        }
        for (AnalysisSection s : d.sections()) {
            if (s.getBody().isBlank()) {
                throw new BusinessException("analysis.publish.unwritten", s.getHeading());
            }
        }
        AnalysisFigures figures = compiler.compile(actor, r.getYear());
        r.publish(figures, actor.username(), clock.now());
        Versions.flush(em);
        audit.record(actor, AnalysisReport.AUDIT_TYPE, r.getId(), "publish",
                r.getYear() + ", figures compiled on " + figures.compiledOn());
    }

    /** Takes a published report back to a draft, with the reason, to correct and publish it again. */
    @Transactional
    public void withdraw(Actor actor, Long id, int expectedVersion, String reason) {
        actor.requireStaff("withdrawing an analysis report");
        AnalysisReport r = report(id);
        Versions.expect(r.getVersion(), expectedVersion);
        if (!r.isPublished()) {
            throw new BusinessException("analysis.withdraw.notPublished");
        }
        String why = Texts.required(reason, REASON_MAX, "reason", "analysis.withdraw.reasonRequired");
        r.withdraw();
        Versions.flush(em);
        audit.record(actor, AnalysisReport.AUDIT_TYPE, r.getId(), "withdraw", why);
    }

    /**
     * The report of a year as PDF in the reader's language: a published one with its frozen figures, for everyone;
     * a draft, with the figures compiled now and marked as a draft, for staff only (for others it does not exist).
     */
    @Transactional
    public Rendered pdf(Actor actor, Integer year, Locale locale) {
        AnalysisReport r = year == null ? null : em.createQuery("SELECT r FROM AnalysisReport r WHERE r.year = :y",
                AnalysisReport.class).setParameter("y", year).getResultStream().findFirst().orElse(null);
        if (r == null || (!r.isPublished() && !actor.isStaff())) {
            throw new NotFoundException("analysis report " + year + " for " + actor.username());
        }
        Detail d = detail(r);
        AnalysisFigures figures = r.isPublished() ? r.frozen() : compiler.compile(actor, r.getYear());
        DateTimeFormatter day = DateTimeFormatter.ofPattern(Messages.get(locale, "analysis.pdf.dayPattern"), locale);
        String subtitle = r.isPublished()
                ? Messages.get(locale, "analysis.pdf.published", day.format(r.getPublishedAt()), day.format(figures.compiledOn()))
                : Messages.get(locale, "analysis.pdf.draft", day.format(figures.compiledOn()));
        AnalysisPdf.Report report = new AnalysisPdf.Report(Messages.get(locale, "analysis.pdf.title", String.valueOf(r.getYear())),
                subtitle, !r.isPublished(), sections(d, AnalysisSection.Placement.BEFORE), figures,
                sections(d, AnalysisSection.Placement.AFTER));
        return new Rendered(new AnalysisPdf(PdfFonts.find(config.pdfFont())).render(report, locale,
                key -> Messages.get(locale, key)), !r.isPublished());
    }

    private static List<AnalysisPdf.Section> sections(Detail d, AnalysisSection.Placement placement) {
        return d.placed(placement).stream().map(s -> new AnalysisPdf.Section(s.getHeading(), s.getBody())).toList();
    }

    private AnalysisReport report(Long id) {
        AnalysisReport r = id == null ? null : em.find(AnalysisReport.class, id);
        if (r == null) {
            throw new NotFoundException("analysis report " + id);
        }
        return r;
    }

    private AnalysisReport draft(Long id, int expectedVersion) {
        AnalysisReport r = report(id);
        Versions.expect(r.getVersion(), expectedVersion);
        if (r.isPublished()) {
            throw new BusinessException("analysis.published.readOnly");
        }
        return r;
    }

    private static AnalysisSection section(Detail d, Long sectionId) {
        return d.sections().stream().filter(s -> s.getId().equals(sectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("analysis section " + sectionId));
    }
}
