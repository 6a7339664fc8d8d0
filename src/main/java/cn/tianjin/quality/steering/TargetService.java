package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The city's targets and how far the city is from each: counted by the programmes' measures, or recorded by officials
 * from the owners' reports. Changing a target and recording a figure are audited; figures are never changed, a newer
 * one supersedes them.
 */
@ApplicationScoped
public class TargetService {
    static final int SOURCE_MAX = 300;
    static final int OWNER_MAX = 200;
    static final BigDecimal MAX_VALUE = new BigDecimal("9999999999");

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<TargetMeasure> measures;

    /**
     * A target with its figure now ({@code null} before any was counted or recorded), the day and source of that figure,
     * the list behind it (counted targets), the figure at the end of each year, and the figures recorded for it.
     */
    public record Progress(CityTarget target, BigDecimal figure, LocalDate asOf, String source, String link,
                           List<TargetMeasure.Point> byYear, List<TargetFigure> recorded) implements Serializable {
        /** The share of the target reached, in whole percent, at most 100; 0 without a figure. */
        public int percent() {
            if (figure == null || target.getTargetValue().signum() <= 0) {
                return 0;
            }
            return figure.multiply(BigDecimal.valueOf(100)).divide(target.getTargetValue(), 0, java.math.RoundingMode.DOWN)
                    .min(BigDecimal.valueOf(100)).intValue();
        }

        public boolean isReached() {
            return figure != null && figure.compareTo(target.getTargetValue()) >= 0;
        }
    }

    /** Every target in its order, with its progress; the portal's own counts are made now. */
    @Transactional
    public List<Progress> progress(Actor actor) {
        actor.requireStaff("reading the city's targets");
        List<CityTarget> targets = em.createQuery("SELECT t FROM CityTarget t ORDER BY t.position, t.id", CityTarget.class)
                .getResultList();
        Map<Long, List<TargetFigure>> recorded = em.createQuery("SELECT f FROM TargetFigure f ORDER BY f.asOf DESC, f.id DESC",
                        TargetFigure.class).getResultList().stream()
                .collect(Collectors.groupingBy(TargetFigure::getTargetId, java.util.LinkedHashMap::new, Collectors.toList()));
        List<Progress> out = new ArrayList<>();
        for (CityTarget t : targets) {
            List<TargetFigure> figures = recorded.getOrDefault(t.getId(), List.of());
            if (t.isCounted()) {
                Optional<TargetMeasure> m = measures.stream().filter(x -> x.code().equals(t.getMeasure())).findFirst();
                TargetMeasure.Reading r = m.map(TargetMeasure::read).orElse(null);
                out.add(r == null ? new Progress(t, null, null, null, null, List.of(), figures)
                        : new Progress(t, BigDecimal.valueOf(r.value()), clock.today(), null, r.link(), r.byYear(), figures));
            } else if (figures.isEmpty()) {
                out.add(new Progress(t, null, null, null, null, List.of(), figures));
            } else {
                TargetFigure latest = figures.get(0);
                out.add(new Progress(t, latest.getFigure(), latest.getAsOf(), latest.getSource(), null, yearEnds(figures),
                        figures));
            }
        }
        return out;
    }

    /** The targets of the plan in force whose figures are recorded from reports, in their order. */
    @Transactional
    public List<CityTarget> reported() {
        return em.createQuery("SELECT t FROM CityTarget t WHERE t.measure = :m AND t.history = FALSE ORDER BY t.position, t.id",
                CityTarget.class).setParameter("m", CityTarget.RECORDED).getResultList();
    }

    /** Whether a figure as people record them: given, 0 or more, at most {@code max}, at most two decimals. */
    static boolean isFigure(BigDecimal v, BigDecimal max) {
        return v != null && v.signum() >= 0 && v.compareTo(max) <= 0 && v.stripTrailingZeros().scale() <= 2;
    }

    /** A target by its code. */
    @Transactional
    public Optional<CityTarget> byCode(String code) {
        return em.createQuery("SELECT t FROM CityTarget t WHERE t.code = :c", CityTarget.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    /** The last figure recorded in each year, oldest year first. */
    static List<TargetMeasure.Point> yearEnds(List<TargetFigure> newestFirst) {
        TreeMap<Integer, BigDecimal> last = new TreeMap<>();
        for (TargetFigure f : newestFirst) {
            last.putIfAbsent(f.getAsOf().getYear(), f.getFigure());
        }
        return last.entrySet().stream().map(e -> new TargetMeasure.Point(e.getKey(), e.getValue().longValue())).toList();
    }

    /** Changes what a target asks and where it comes from; refused when someone changed it meanwhile. */
    @Transactional
    public CityTarget change(Actor actor, Long id, int expectedVersion, TargetForm f) {
        actor.requireStaff("changing the city's targets");
        CityTarget t = target(id);
        Versions.expect(t.getVersion(), expectedVersion);
        if (!isFigure(f.getTargetValue(), MAX_VALUE) || f.getTargetValue().signum() == 0) {
            throw BusinessException.onField("targetValue", "target.value.invalid");
        }
        int year = clock.today().getYear();
        if (f.getDeadlineYear() == null || f.getDeadlineYear() < 2000 || f.getDeadlineYear() > year + 30) {
            throw BusinessException.onField("deadlineYear", "target.deadline.invalid", 2000, year + 30);
        }
        Texts.required(f.getSourceDocument(), SOURCE_MAX, "sourceDocument", "target.source.required");
        Texts.required(f.getOwner(), OWNER_MAX, "owner", "target.owner.required");
        String before = describe(t);
        t.change(f);
        Versions.flush(em);
        audit.record(actor, CityTarget.AUDIT_TYPE, t.getId(), "update", t.getCode() + ": " + before + " -> " + describe(t));
        return t;
    }

    /** Records a figure of a target the portal does not count, from its owner's report. */
    @Transactional
    public TargetFigure record(Actor actor, Long id, FigureForm f) {
        actor.requireStaff("recording target figures");
        CityTarget t = target(id);
        if (t.isCounted()) {
            throw new BusinessException("target.figure.counted");
        }
        if (!isFigure(f.getFigure(), MAX_VALUE)) {
            throw BusinessException.onField("figure", "target.figure.invalid");
        }
        LocalDate today = clock.today();
        if (f.getAsOf() == null || f.getAsOf().isAfter(today) || f.getAsOf().getYear() < 2000) {
            throw BusinessException.onField("asOf", "target.figure.asOf", today);
        }
        String source = Texts.required(f.getSource(), SOURCE_MAX, "source", "target.figure.source");
        TargetFigure figure = new TargetFigure(t.getId(), f.getFigure(), f.getAsOf(), source, actor.username(), clock.now());
        em.persist(figure);
        em.flush();
        audit.record(actor, CityTarget.AUDIT_TYPE, t.getId(), "figure",
                t.getCode() + " = " + f.getFigure().toPlainString() + " on " + f.getAsOf() + " (" + source + ")");
        return figure;
    }

    /** A figure a periodic report's filing gives a target: the period's sum so far, recorded in the filer's name. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordReported(Long targetId, BigDecimal figure, LocalDate asOf, String source, Actor filer) {
        CityTarget t = target(targetId);
        String text = source.length() > SOURCE_MAX ? source.substring(0, SOURCE_MAX) : source;
        em.persist(new TargetFigure(t.getId(), figure, asOf, text, filer.username(), clock.now()));
        audit.record(filer, CityTarget.AUDIT_TYPE, t.getId(), "figure", t.getCode() + " = " + figure.toPlainString() + " on "
                + asOf + " (" + text + ")");
    }

    private CityTarget target(Long id) {
        CityTarget t = id == null ? null : em.find(CityTarget.class, id);
        if (t == null) {
            throw new NotFoundException("city target " + id);
        }
        return t;
    }

    private static String describe(CityTarget t) {
        return t.getTargetValue().stripTrailingZeros().toPlainString() + " by " + t.getDeadlineYear() + ", "
                + t.getSourceDocument() + ", " + t.getOwner() + (t.isHistory() ? ", history" : "");
    }
}
