package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.ApplicationService;
import cn.tianjin.quality.programme.Campaign;
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
                       boolean chinese) {
    }

    /** The part as stored, with the indicators and years it is filed for; {@code kind} is null until first saved. */
    public record Part(BrandApplication.Kind kind, String namedEnterprises, IndicatorSet indicators, List<Integer> years,
                       Map<String, Map<Integer, BigDecimal>> figures) implements Serializable {
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
                set.yearsBefore(c.getYear()), figures);
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
        IndicatorCheck.Checked checked = IndicatorCheck.check(part.indicators(), part.years(), form.figures(), form.chinese());
        FieldProblem.refuse(problems(form, checked));
        BrandApplication stored = em.find(BrandApplication.class, a.getId());
        if (stored == null) {
            stored = new BrandApplication(a.getId(), part.indicators().code());
            em.persist(stored);
        }
        String named = form.kind() == BrandApplication.Kind.REGIONAL ? form.namedEnterprises().strip() : null;
        stored.describe(form.kind(), named, clock.now());
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
                + part.indicators().code());
        return part(a, c);
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
