package cn.tianjin.quality.steering;

import cn.tianjin.quality.credit.CreditGrading;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.programme.ApplicationStatus;
import cn.tianjin.quality.publication.Holders;
import cn.tianjin.quality.publication.TitleScheme;
import cn.tianjin.quality.publication.TitleSchemes;
import cn.tianjin.quality.publication.TitleService;
import cn.tianjin.quality.steering.AnalysisFigures.Part;
import cn.tianjin.quality.steering.AnalysisFigures.Row;
import cn.tianjin.quality.steering.AnalysisFigures.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compiles the figures of a year's quality analysis report from the portal's data: the programmes (applications filed
 * in the year, enterprises given titles in it, holders now; by district; by year), quality credit (grades, the
 * dishonesty list), the CQO registry (as the city's target counts it), brands, and the city's targets. Flows count the
 * year; stocks stand at the end of the year, or on the day of compiling while the year runs.
 */
@ApplicationScoped
public class AnalysisCompiler {
    /** Years shown in the titles-by-year table, the report's year the last. */
    static final int YEARS_SHOWN = 5;
    static final String CQO_MEASURE = "CQO_ENTERPRISES";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    TitleService titles;

    @Inject
    TitleSchemes schemes;

    @Inject
    Districts districts;

    @Inject
    TargetService targets;

    @Inject
    Instance<TargetMeasure> measures;

    @Transactional
    public AnalysisFigures compile(Actor actor, int year) {
        actor.requireStaff("compiling the quality analysis report");
        LocalDate today = clock.today();
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = end.isBefore(today) ? end : today;
        List<String> programmes = schemes.all().stream().map(TitleScheme::code).toList();
        Map<String, List<Holders.Attributed>> counted = new LinkedHashMap<>();
        programmes.forEach(p -> counted.put(p, titles.counted(p)));
        Map<String, Long> applications = applications(year);

        List<Part> parts = new ArrayList<>();
        parts.add(new Part("analysis.part.overview", null, List.of(overview(year, asOf, counted, applications))));
        parts.add(new Part("analysis.part.programmes", null, List.of(programmes(year, counted, applications),
                byDistrict(year, counted, districts.all().stream()
                        .collect(Collectors.toMap(District::getCode, d -> new Names(d.getNameZh(), d.getNameEn())))), byYear(year, counted))));
        parts.add(new Part("analysis.part.credit", null, List.of(grades(asOf), dishonesty(year, asOf))));
        parts.add(cqo(year));
        parts.add(brands());
        parts.add(new Part("analysis.part.targets", null, List.of(targets(actor))));
        return new AnalysisFigures(year, today, parts);
    }

    /**
     * The brands: the alliance's evaluation is not in the portal yet; the 天津市名牌产品 recognised before 2019 are, as
     * history, counted apart from every other figure.
     */
    private Part brands() {
        List<Row> rows = titles.history().stream().filter(h -> h.titles() > 0)
                .map(h -> Row.of(h.level(), h.titles(), h.enterprises())).toList();
        if (rows.isEmpty()) {
            return new Part("analysis.part.brands", "analysis.brands.none", List.of());
        }
        return new Part("analysis.part.brands", "analysis.brands.history", List.of(new Table("analysis.table.brandHistory",
                "title.level.", List.of("analysis.col.entries", "analysis.col.enterprises"), rows, -1)));
    }

    private Table overview(int year, LocalDate asOf, Map<String, List<Holders.Attributed>> counted,
                           Map<String, Long> applications) {
        long enterprises = em.createQuery("SELECT COUNT(e) FROM Enterprise e", Long.class).getSingleResult();
        long granted = counted.values().stream().flatMap(List::stream).filter(a -> a.year() == year)
                .map(Holders.Attributed::enterpriseId).distinct().count();
        long holders = counted.values().stream().flatMap(List::stream).map(Holders.Attributed::enterpriseId).distinct().count();
        long filed = applications.values().stream().mapToLong(Long::longValue).sum();
        long dishonest = inForce(asOf);
        long cqo = measure(CQO_MEASURE).map(r -> atYearEnd(r, year)).orElse(0L);
        return new Table("analysis.table.overview", "analysis.row.", List.of("analysis.col.figure"), List.of(
                Row.of("enterprises", enterprises), Row.of("applications", filed), Row.of("granted", granted),
                Row.of("holders", holders), Row.of("dishonest", dishonest), Row.of("cqo", cqo)), -1);
    }

    /** Applications submitted in the year, by programme (drafts never submitted left out). */
    private Map<String, Long> applications(int year) {
        Map<String, Long> out = new HashMap<>();
        em.createQuery("SELECT c.programme, COUNT(a) FROM Application a, Campaign c WHERE c.id = a.campaignId"
                        + " AND a.submittedAt >= :from AND a.submittedAt < :to AND a.status <> :draft GROUP BY c.programme",
                        Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .setParameter("draft", ApplicationStatus.DRAFT).getResultList()
                .forEach(r -> out.put((String) r[0], (Long) r[1]));
        return out;
    }

    /**
     * Per programme: applications in the year, enterprises given a title in it, and enterprises given one in any year
     * (distinct; a revoked title does not count, a lapsed one does, as the city's targets count them).
     */
    static Table programmes(int year, Map<String, List<Holders.Attributed>> counted, Map<String, Long> applications) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Holders.Attributed>> e : counted.entrySet()) {
            List<Holders.Attributed> titles = e.getValue();
            long granted = titles.stream().filter(a -> a.year() == year).map(Holders.Attributed::enterpriseId).distinct().count();
            long holders = titles.stream().map(Holders.Attributed::enterpriseId).distinct().count();
            rows.add(Row.of(e.getKey(), applications.getOrDefault(e.getKey(), 0L), granted, holders));
        }
        return new Table("analysis.table.programmes", "programme.",
                List.of("analysis.col.applications", "analysis.col.granted", "analysis.col.holders"), rows, 1);
    }

    /**
     * Enterprises given a title in the year by district (all programmes, each enterprise once), largest first, those
     * without a district last.
     */
    /** A district's names in both languages. */
    record Names(String zh, String en) {
    }

    static Table byDistrict(int year, Map<String, List<Holders.Attributed>> counted, Map<String, Names> names) {
        Map<String, Set<Long>> by = new HashMap<>();
        counted.values().stream().flatMap(List::stream).filter(a -> a.year() == year)
                .forEach(a -> by.computeIfAbsent(a.district() == null ? "" : a.district(), k -> new HashSet<>()).add(a.enterpriseId()));
        List<Row> rows = by.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Set<Long>>>comparingInt(e -> e.getValue().size()).reversed()
                        .thenComparing(e -> e.getKey().isEmpty()).thenComparing(Map.Entry::getKey))
                .map(e -> {
                    Names d = names.get(e.getKey());
                    String zh = d == null ? (e.getKey().isEmpty() ? "—" : e.getKey()) : d.zh();
                    String en = d == null ? zh : d.en();
                    return new Row(zh, en, List.of(BigDecimal.valueOf(e.getValue().size())));
                }).toList();
        return new Table("analysis.table.byDistrict", null, List.of("analysis.col.granted"), rows, 0);
    }

    /** Enterprises given a title in each of the last years up to the report's, all programmes. */
    static Table byYear(int year, Map<String, List<Holders.Attributed>> counted) {
        Map<Integer, Set<Long>> by = new TreeMap<>();
        for (int y = year - YEARS_SHOWN + 1; y <= year; y++) {
            by.put(y, new HashSet<>());
        }
        counted.values().stream().flatMap(List::stream).filter(a -> by.containsKey(a.year()))
                .forEach(a -> by.get(a.year()).add(a.enterpriseId()));
        List<Row> rows = by.entrySet().stream().map(e -> Row.of(String.valueOf(e.getKey()), e.getValue().size())).toList();
        return new Table("analysis.table.byYear", null, List.of("analysis.col.granted"), rows, 0);
    }

    /** Each enterprise's latest credit grade up to the day, counted by grade. */
    private Table grades(LocalDate asOf) {
        Map<CreditGrading.Grade, Long> by = new HashMap<>();
        em.createQuery("SELECT g.grade, COUNT(g) FROM GradeRecord g WHERE g.id IN (SELECT MAX(h.id) FROM GradeRecord h"
                        + " WHERE h.computedOn <= :day GROUP BY h.creditCode) GROUP BY g.grade", Object[].class)
                .setParameter("day", asOf).getResultList()
                .forEach(r -> by.put((CreditGrading.Grade) r[0], (Long) r[1]));
        List<Row> rows = new ArrayList<>();
        for (CreditGrading.Grade g : CreditGrading.Grade.values()) {
            rows.add(Row.of(g.name(), by.getOrDefault(g, 0L)));
        }
        return new Table("analysis.table.grades", "analysis.grade.", List.of("analysis.col.enterprises"), rows, 0);
    }

    private Table dishonesty(int year, LocalDate asOf) {
        long listed = em.createQuery("SELECT COUNT(d) FROM DishonestyEntry d WHERE d.listedOn >= :from AND d.listedOn <= :to",
                        Long.class).setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", asOf).getSingleResult();
        long ended = em.createQuery("SELECT COUNT(d) FROM DishonestyEntry d WHERE d.endedOn >= :from AND d.endedOn <= :to",
                        Long.class).setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", asOf).getSingleResult();
        return new Table("analysis.table.dishonesty", "analysis.row.", List.of("analysis.col.entries"), List.of(
                Row.of("listed", listed), Row.of("ended", ended), Row.of("inForce", inForce(asOf))), -1);
    }

    private long inForce(LocalDate day) {
        return em.createQuery("SELECT COUNT(d) FROM DishonestyEntry d WHERE d.listedOn <= :day"
                        + " AND (d.endedOn IS NULL OR d.endedOn > :day)", Long.class)
                .setParameter("day", day).getSingleResult();
    }

    /** Enterprises with a registered chief quality officer at each year's end, as the city's target counts them. */
    private Part cqo(int year) {
        return measure(CQO_MEASURE).map(r -> {
            List<Row> rows = r.byYear().stream().filter(p -> p.year() <= year && p.year() > year - YEARS_SHOWN)
                    .map(p -> Row.of(String.valueOf(p.year()), p.value())).toList();
            return new Part("analysis.part.cqo", null,
                    List.of(new Table("analysis.table.cqo", null, List.of("analysis.col.enterprises"), rows, 0)));
        }).orElse(new Part("analysis.part.cqo", "analysis.cqo.none", List.of()));
    }

    private static long atYearEnd(TargetMeasure.Reading r, int year) {
        return r.byYear().stream().filter(p -> p.year() <= year).max(Comparator.comparingInt(TargetMeasure.Point::year))
                .map(TargetMeasure.Point::value).orElse(0L);
    }

    private java.util.Optional<TargetMeasure.Reading> measure(String code) {
        return measures.stream().filter(m -> m.code().equals(code)).findFirst().map(TargetMeasure::read);
    }

    /** A name with its unit in brackets; a target without a unit (an index) has none. */
    static String withUnit(String name, String unit, String open, String close) {
        return unit == null || unit.isBlank() ? name : name + open + unit.strip() + close;
    }

    /** The targets of the plan in force: the figure, the target, the share reached, the deadline. */
    private Table targets(Actor actor) {
        List<Row> rows = new ArrayList<>();
        for (TargetService.Progress p : targets.progress(actor)) {
            if (p.target().isHistory()) {
                continue;
            }
            CityTarget t = p.target();
            String zh = withUnit(t.name(Locale.SIMPLIFIED_CHINESE), t.unit(Locale.SIMPLIFIED_CHINESE), "（", "）");
            String en = withUnit(t.name(Locale.ENGLISH), t.unit(Locale.ENGLISH), " (", ")");
            List<BigDecimal> values = new ArrayList<>();
            values.add(p.figure());
            values.add(t.getTargetValue());
            values.add(p.figure() == null ? null : BigDecimal.valueOf(p.percent()));
            values.add(BigDecimal.valueOf(t.getDeadlineYear()));
            rows.add(new Row(zh, en, values));
        }
        return new Table("analysis.table.targets", null, List.of("analysis.col.figure", "analysis.col.target",
                "analysis.col.percent", "analysis.col.deadline"), rows, -1);
    }
}
