package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.ApplicationService;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.publication.Title;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A brand application's own part: its kind, the enterprises a regional brand covers, and the indicator figures for the
 * three years before the campaign's, checked against the version of the indicators the application was first saved
 * under (it keeps that version when a newer one comes into force). Whoever may read the application reads its part;
 * only its applicant changes it, while the application may be edited, and nothing is stored unless all is right.
 */
@ApplicationScoped
public class BrandApplications {
    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationService applications;

    @Inject
    BrandMethods methods;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    /** What the applicant entered: the kind, the enterprises named, and each indicator's text per year. */
    public record Form(BrandApplication.Kind kind, String namedEnterprises, Map<String, Map<Integer, String>> figures,
                       boolean chinese, Long renews) {
        /** A first application, renewing nothing. */
        public Form(BrandApplication.Kind kind, String namedEnterprises, Map<String, Map<Integer, String>> figures,
                    boolean chinese) {
            this(kind, namedEnterprises, figures, chinese, null);
        }
    }

    /** What a renewal starts from: the recognition's kind, enterprises named, and the last figure known for each year. */
    public record LastData(Long titleId, BrandApplication.Kind kind, String namedEnterprises,
                           Map<String, Map<Integer, BigDecimal>> figures) implements Serializable {
    }

    /** The part as stored, with the indicators and years it is filed for; {@code kind} is null until first saved. */
    public record Part(BrandApplication.Kind kind, String namedEnterprises, IndicatorSet indicators, List<Integer> years,
                       Map<String, Map<Integer, BigDecimal>> figures, Long renews) implements Serializable {
    }

    /** The application's brand part, for whoever may read the application. */
    @Transactional
    public Part part(Actor actor, Long applicationId) {
        ApplicationService.View v = applications.view(actor, applicationId);
        return part(v.application(), v.campaign());
    }

    private Part part(Application a, Campaign c) {
        BrandApplication stored = em.find(BrandApplication.class, a.getId());
        IndicatorSet set = indicatorsOf(stored);
        Map<String, Map<Integer, BigDecimal>> figures = new LinkedHashMap<>();
        set.indicators().forEach(i -> figures.put(i.code(), new TreeMap<>()));
        if (stored != null) {
            for (BrandFigure f : figures(a.getId())) {
                figures.computeIfAbsent(f.getIndicator(), k -> new TreeMap<>()).put(f.getYear(), f.getFigure());
            }
        }
        return new Part(stored == null ? null : stored.getKind(), stored == null ? null : stored.getNamedEnterprises(), set,
                set.yearsBefore(c.getYear()), figures, stored == null ? null : stored.getRenewsTitleId());
    }

    /** The indicators an application is filed under: its own version once saved, the one in force before. */
    private IndicatorSet indicatorsOf(BrandApplication stored) {
        if (stored != null) {
            return methods.find(BrandMethod.Kind.INDICATORS, stored.getIndicatorSet()).orElseThrow().indicators();
        }
        return methods.current(BrandMethod.Kind.INDICATORS).orElseThrow().indicators();
    }

    /** Every problem of what was entered, each on its field, checked as {@link #save} would. */
    @Transactional
    public List<FieldProblem> problems(Actor actor, Long applicationId, Form form) {
        ApplicationService.View v = applications.view(actor, applicationId);
        Part part = part(v.application(), v.campaign());
        return problems(form, IndicatorCheck.check(part.indicators(), part.years(), form.figures(), form.chinese()));
    }

    /** The form's own problems, then those of its figures as checked. */
    private static List<FieldProblem> problems(Form form, IndicatorCheck.Checked checked) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(new FieldProblem("brandKind", "brand.application.kindRequired"));
        }
        String named = form.namedEnterprises() == null ? "" : form.namedEnterprises().strip();
        if (form.kind() == BrandApplication.Kind.REGIONAL && named.isEmpty()) {
            problems.add(new FieldProblem("namedEnterprises", "brand.application.namedRequired"));
        }
        if (named.length() > BrandApplication.NAMED_MAX) {
            problems.add(new FieldProblem("namedEnterprises", "text.tooLong", BrandApplication.NAMED_MAX));
        }
        problems.addAll(checked.problems());
        return problems;
    }

    /** Saves the part; refused, with nothing stored, at the first problem (the page shows them all before). */
    @Transactional
    public Part save(Actor actor, Long applicationId, Form form) {
        Application a = applications.editing(actor, applicationId);
        Campaign c = em.find(Campaign.class, a.getCampaignId());
        if (!BrandProgramme.CODE.equals(c.getProgramme())) {
            throw new cn.tianjin.quality.platform.NotFoundException("brand part of application " + applicationId);
        }
        Part part = part(a, c);
        if (form.renews() != null) {
            renewable(a, form.renews());
        }
        IndicatorCheck.Checked checked = IndicatorCheck.check(part.indicators(), part.years(), form.figures(), form.chinese());
        FieldProblem.refuse(problems(form, checked));
        BrandApplication stored = em.find(BrandApplication.class, a.getId());
        if (stored == null) {
            stored = new BrandApplication(a.getId(), part.indicators().code());
            em.persist(stored);
        }
        String named = form.kind() == BrandApplication.Kind.REGIONAL ? form.namedEnterprises().strip() : null;
        stored.describe(form.kind(), named, form.renews(), clock.now());
        em.createQuery("DELETE FROM BrandFigure f WHERE f.applicationId = :a").setParameter("a", a.getId()).executeUpdate();
        int count = 0;
        for (var indicator : checked.figures().entrySet()) {
            for (var year : indicator.getValue().entrySet()) {
                em.persist(new BrandFigure(a.getId(), indicator.getKey(), year.getKey(), year.getValue()));
                count++;
            }
        }
        em.flush();
        audit.record(actor, BrandApplication.AUDIT_TYPE, a.getId(), "save", form.kind() + ", " + count + " figures under "
                + part.indicators().code() + (form.renews() == null ? "" : ", renewing title " + form.renews()));
        return part(a, c);
    }

    /**
     * The recognitions the application's enterprise may renew with it: its own Tianjin brand recognitions of the portal
     * that are not revoked. The 天津市名牌产品 of before 2019 are history and never renewed.
     */
    @Transactional
    public List<Title> renewable(Actor actor, Long applicationId) {
        Application a = applications.editing(actor, applicationId);
        return em.createQuery("SELECT t FROM Title t WHERE t.enterpriseId = :e AND t.programme = :p AND t.level = :l"
                        + " AND t.origin = :o AND t.status <> :revoked ORDER BY t.year DESC, t.id DESC", Title.class)
                .setParameter("e", a.getEnterpriseId()).setParameter("p", BrandProgramme.CODE)
                .setParameter("l", BrandProgramme.RECOGNISED).setParameter("o", Title.Origin.PORTAL)
                .setParameter("revoked", Title.Status.REVOKED).getResultList();
    }

    /**
     * What a renewal of the title starts from, for the applicant to check and complete (nothing is stored): the kind
     * and enterprises named of the application that won it, and for each of this application's years the figure of the
     * yearly report on that year, else of that application. Refused for a title of another enterprise, a revoked one,
     * and the 名牌 history.
     */
    @Transactional
    public LastData lastData(Actor actor, Long applicationId, Long titleId) {
        Application a = applications.editing(actor, applicationId);
        Campaign c = em.find(Campaign.class, a.getCampaignId());
        Title t = renewable(a, titleId);
        List<Integer> years = part(a, c).years();
        Map<String, Map<Integer, BigDecimal>> figures = new LinkedHashMap<>();
        BrandApplication won = t.getApplicationId() == null ? null : em.find(BrandApplication.class, t.getApplicationId());
        if (won != null) {
            for (BrandFigure f : figures(won.getApplicationId())) {
                if (years.contains(f.getYear())) {
                    figures.computeIfAbsent(f.getIndicator(), k -> new TreeMap<>()).put(f.getYear(), f.getFigure());
                }
            }
        }
        for (Object[] row : em.createQuery("SELECT r.year, f.indicator, f.figure FROM BrandReport r, BrandReportFigure f"
                + " WHERE f.reportId = r.id AND r.titleId = :t", Object[].class).setParameter("t", t.getId()).getResultList()) {
            int year = (Integer) row[0];
            if (years.contains(year)) {
                figures.computeIfAbsent((String) row[1], k -> new TreeMap<>()).put(year, (BigDecimal) row[2]);
            }
        }
        return new LastData(t.getId(), won == null ? null : won.getKind(), won == null ? null : won.getNamedEnterprises(),
                figures);
    }

    /** The title, when the application's enterprise may renew it; refused with what stands in the way. */
    private Title renewable(Application a, Long titleId) {
        Title t = titleId == null ? null : em.find(Title.class, titleId);
        if (t == null || !t.getEnterpriseId().equals(a.getEnterpriseId()) || !BrandProgramme.CODE.equals(t.getProgramme())) {
            throw BusinessException.onField("renews", "brand.renew.notYours");
        }
        if (BrandProgramme.MINGPAI.equals(t.getLevel()) || t.getOrigin() == Title.Origin.IMPORTED) {
            throw BusinessException.onField("renews", "brand.renew.historical");
        }
        if (t.getStatus() == Title.Status.REVOKED) {
            throw BusinessException.onField("renews", "brand.renew.revoked");
        }
        return t;
    }

    /** Refuses the submission of a brand application whose own part is missing or lacks a required figure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireComplete(Application a) {
        BrandApplication stored = em.find(BrandApplication.class, a.getId());
        if (stored == null || stored.getKind() == null) {
            throw BusinessException.onField("brandKind", "brand.application.submit.incomplete");
        }
        Campaign c = em.find(Campaign.class, a.getCampaignId());
        Part part = part(a, c);
        Map<String, Map<Integer, String>> asText = new LinkedHashMap<>();
        part.figures().forEach((code, years) -> {
            Map<Integer, String> texts = new LinkedHashMap<>();
            years.forEach((year, figure) -> texts.put(year, figure.toPlainString()));
            asText.put(code, texts);
        });
        List<FieldProblem> problems = IndicatorCheck.check(part.indicators(), part.years(), asText, true).problems();
        if (!problems.isEmpty()) {
            throw BusinessException.onField(problems.get(0).field(), "brand.application.submit.figures");
        }
    }

    private List<BrandFigure> figures(Long applicationId) {
        return em.createQuery("SELECT f FROM BrandFigure f WHERE f.applicationId = :a ORDER BY f.indicator, f.year", BrandFigure.class)
                .setParameter("a", applicationId).getResultList();
    }
}
