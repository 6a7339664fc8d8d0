package cn.tianjin.quality.brand;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.programme.LockedRanking;
import cn.tianjin.quality.programme.Stage;
import cn.tianjin.quality.publication.Title;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Tianjin brand index of each brand campaign, and the yearly index the bureau publishes from them.
 * <ul>
 * <li>Those who run a campaign (the alliance member's evaluators, bureau staff) compute its index once the review's
 * ranking is locked and before the proposal goes on display, by the formula in force: every brand of the ranking with
 * its three years of figures and its locked panel score ({@link BrandIndex}); a second computation replaces the first
 * until the index is published. The proposal then reads it ({@link BrandProgramme#propose}).</li>
 * <li>The bureau publishes a year's index once the year's brand campaigns have published their recognitions: the
 * city's, each industry's, district's and kind's mean beside the year before ({@link IndexSummary}), and each recognised
 * brand's index by name. Published, nothing of it changes.</li>
 * </ul>
 * Every computation and publication is audited.
 */
@ApplicationScoped
public class BrandIndexService {
    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    LockedRanking ranking;

    @Inject
    BrandMethods methods;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    /** A campaign's index as its runners see it: the run (null before the first computation) and its brands, best first. */
    public record RunView(Campaign campaign, BrandIndexRun run, List<BrandIndexEntry> entries, IndexFormula formula,
                          IndicatorSet indicators, boolean computable) implements Serializable {
    }

    /** A published year: its groups beside the year before, and the brands recognised in it with their index. */
    public record Year(int year, List<IndexSummary.Group> groups, List<PublishedBrand> brands, List<String> formulas,
                       LocalDateTime publishedAt) implements Serializable {
        /** The city's group (every brand of the year). */
        public IndexSummary.Group city() {
            return groups.stream().filter(g -> g.dimension().equals("city")).findFirst().orElseThrow();
        }

        public List<IndexSummary.Group> of(String dimension) {
            return groups.stream().filter(g -> g.dimension().equals(dimension)).toList();
        }
    }

    /** A recognised brand of a published year: its title's serial and status, for the directory and the QR check. */
    public record PublishedBrand(String brand, String enterprise, String creditCode, String industry, String district,
                                 BrandApplication.Kind kind, BigDecimal index, String serial, Title.Status status)
            implements Serializable {
    }

    /** One published year in a line: how many brands, the city's mean and the change from the year before (null: none). */
    public record YearLine(int year, int brands, BigDecimal mean, BigDecimal change) implements Serializable {
    }

    /** The campaign's index for those who run it; whether it may be computed now. */
    @Transactional
    public RunView view(Actor actor, Long campaignId) {
        Campaign c = brandCampaign(actor, campaignId);
        BrandIndexRun run = runOf(c.getId()).orElse(null);
        IndexFormula formula = run == null ? methods.current(BrandMethod.Kind.FORMULA).orElseThrow().formula()
                : methods.find(BrandMethod.Kind.FORMULA, run.getFormula()).orElseThrow().formula();
        IndicatorSet set = methods.find(BrandMethod.Kind.INDICATORS, formula.indicatorSet()).orElseThrow().indicators();
        boolean computable = c.getStage() == Stage.REVIEW && (run == null || !run.isPublished());
        return new RunView(c, run, run == null ? List.of() : entries(List.of(run.getId())), formula, set, computable);
    }

    /**
     * Computes the campaign's index by the formula in force, replacing an earlier computation; refused outside the
     * review stage, before the ranking is locked and once the index is published.
     */
    @Transactional
    public RunView compute(Actor actor, Long campaignId) {
        Campaign c = brandCampaign(actor, campaignId);
        Optional<BrandIndexRun> earlier = runOf(c.getId());
        if (earlier.isPresent() && earlier.get().isPublished()) {
            throw new BusinessException("brand.index.alreadyPublished", earlier.get().getYear());
        }
        if (c.getStage() != Stage.REVIEW) {
            throw new BusinessException("brand.index.notInReview");
        }
        List<LockedRanking.Place> places = ranking.of(c, "brand.index.rankingNotLocked");
        BrandMethod formulaVersion = methods.current(BrandMethod.Kind.FORMULA).orElseThrow();
        IndexFormula formula = formulaVersion.formula();
        IndicatorSet set = methods.find(BrandMethod.Kind.INDICATORS, formula.indicatorSet()).orElseThrow().indicators();
        List<Integer> years = set.yearsBefore(c.getYear());
        BigDecimal panelMax = BigDecimal.valueOf(c.getRubric().definition().totalPoints());

        List<Long> ids = places.stream().map(LockedRanking.Place::applicationId).toList();
        Map<Long, Map<String, BigDecimal[]>> figures = figures(ids, years);
        List<BrandIndex.Brand> brands = new ArrayList<>();
        Map<Long, Enterprise> enterprises = new HashMap<>();
        for (LockedRanking.Place p : places) {
            Application a = em.find(Application.class, p.applicationId());
            Enterprise e = enterprises.computeIfAbsent(a.getEnterpriseId(), id -> em.find(Enterprise.class, id));
            brands.add(new BrandIndex.Brand(a.getId(), e.getIndustry() == null ? "" : e.getIndustry().name(),
                    figures.getOrDefault(a.getId(), Map.of()), p.score(), panelMax));
        }
        List<BrandIndex.Result> results = BrandIndex.compute(formula, set, brands);

        BrandIndexRun run = earlier.orElse(null);
        if (run != null) {
            em.createQuery("DELETE FROM BrandIndexEntry e WHERE e.runId = :r").setParameter("r", run.getId()).executeUpdate();
            em.remove(run);
            em.flush();
        }
        run = new BrandIndexRun(c.getId(), c.getYear(), formula.code(), actor.username(), clock.now());
        em.persist(run);
        em.flush();
        for (int i = 0; i < places.size(); i++) {
            LockedRanking.Place p = places.get(i);
            Application a = em.find(Application.class, p.applicationId());
            Enterprise e = enterprises.get(a.getEnterpriseId());
            BrandApplication part = em.find(BrandApplication.class, a.getId());
            if (part == null || part.getKind() == null) {
                throw new IllegalStateException("submitted brand application " + a.getId() + " has no brand part");
            }
            em.persist(new BrandIndexEntry(run.getId(), a.getId(), e.getId(), e.getName(), a.getSubjectName(),
                    e.getIndustry() == null ? null : e.getIndustry().name(), e.getDistrictCode(), part.getKind(), p.score(),
                    results.get(i)));
        }
        em.flush();
        audit.record(actor, BrandIndexRun.AUDIT_TYPE, run.getId(), earlier.isPresent() ? "recompute" : "compute",
                "campaign " + c.getId() + ", formula " + formula.code() + ", " + places.size() + " brands");
        return view(actor, campaignId);
    }

    /** Each application's index in the campaign's computation; refused with {@code brand.index.notComputed} before one. */
    @Transactional
    public Map<Long, BigDecimal> indices(Campaign c) {
        BrandIndexRun run = runOf(c.getId()).orElseThrow(() -> new BusinessException("brand.index.notComputed"));
        return entries(List.of(run.getId())).stream()
                .collect(Collectors.toMap(BrandIndexEntry::getApplicationId, BrandIndexEntry::getIndex));
    }

    /**
     * Publishes the year's index: every computed campaign index of the year not yet published, each campaign's
     * recognitions published before. Bureau staff only.
     *
     * @return how many brands the year's index counts
     */
    @Transactional
    public int publishYear(Actor actor, int year) {
        actor.requireStaff("publishing the Tianjin brand index");
        List<BrandIndexRun> runs = em.createQuery("SELECT r FROM BrandIndexRun r WHERE r.year = :y AND r.publishedAt IS NULL"
                + " ORDER BY r.id", BrandIndexRun.class).setParameter("y", year).getResultList();
        if (runs.isEmpty()) {
            throw new BusinessException("brand.index.nothingToPublish", String.valueOf(year));
        }
        for (BrandIndexRun r : runs) {
            Campaign c = em.find(Campaign.class, r.getCampaignId());
            if (c.getStage() != Stage.PUBLISHED) {
                throw new BusinessException("brand.index.campaignNotPublished", c.getName());
            }
        }
        LocalDateTime now = clock.now();
        for (BrandIndexRun r : runs) {
            r.publish(actor.username(), now);
            audit.record(actor, BrandIndexRun.AUDIT_TYPE, r.getId(), "publish", "year " + year + ", campaign " + r.getCampaignId());
        }
        return published(year).map(y -> y.city().brands()).orElse(0);
    }

    /** The years whose index is published that have runs not yet published: what the bureau may publish now. */
    @Transactional
    public List<Integer> yearsToPublish(Actor actor) {
        actor.requireStaff("publishing the Tianjin brand index");
        return em.createQuery("SELECT DISTINCT r.year FROM BrandIndexRun r WHERE r.publishedAt IS NULL ORDER BY r.year DESC",
                Integer.class).getResultList();
    }

    /** Every published year, newest first, with the city's mean and its change. Public. */
    @Transactional
    public List<YearLine> publishedYears() {
        Map<Integer, List<BigDecimal>> byYear = new TreeMap<>();
        em.createQuery("SELECT r.year, e.index FROM BrandIndexEntry e, BrandIndexRun r WHERE e.runId = r.id"
                        + " AND r.publishedAt IS NOT NULL", Object[].class).getResultList()
                .forEach(row -> byYear.computeIfAbsent((Integer) row[0], k -> new ArrayList<>()).add((BigDecimal) row[1]));
        List<YearLine> lines = new ArrayList<>();
        YearLine before = null;
        for (var year : byYear.entrySet()) {
            BigDecimal mean = IndexSummary.mean(year.getValue());
            BigDecimal change = before != null && before.year() == year.getKey() - 1 ? mean.subtract(before.mean()) : null;
            before = new YearLine(year.getKey(), year.getValue().size(), mean, change);
            lines.add(before);
        }
        java.util.Collections.reverse(lines);
        return lines;
    }

    /** A published year's index, or empty when the year has none published. Public. */
    @Transactional
    public Optional<Year> published(int year) {
        List<BrandIndexRun> runs = publishedRuns(year);
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        List<BrandIndexEntry> entries = entries(runs.stream().map(BrandIndexRun::getId).toList());
        List<BrandIndexEntry> before = entries(publishedRuns(year - 1).stream().map(BrandIndexRun::getId).toList());
        List<IndexSummary.Group> groups = IndexSummary.summarise(scored(entries), scored(before));

        Map<Long, Title> titles = new HashMap<>();
        if (!entries.isEmpty()) {
            em.createQuery("SELECT t FROM Title t WHERE t.applicationId IN :a", Title.class)
                    .setParameter("a", entries.stream().map(BrandIndexEntry::getApplicationId).toList()).getResultList()
                    .forEach(t -> titles.put(t.getApplicationId(), t));
        }
        List<PublishedBrand> brands = new ArrayList<>();
        for (BrandIndexEntry e : entries) {
            Title t = titles.get(e.getApplicationId());
            if (t != null && t.getStatus() != Title.Status.REVOKED) {
                brands.add(new PublishedBrand(e.getBrandName(), e.getEnterpriseName(), t.getCreditCode(), e.getIndustry(),
                        e.getDistrictCode(), e.getKind(), e.getIndex(), t.getSerial(), t.getStatus()));
            }
        }
        List<String> formulas = runs.stream().map(BrandIndexRun::getFormula).distinct().toList();
        LocalDateTime at = runs.stream().map(BrandIndexRun::getPublishedAt).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new Year(year, groups, brands, formulas, at));
    }

    private Campaign brandCampaign(Actor actor, Long campaignId) {
        Campaign c = campaigns.get(actor, campaignId);
        if (c == null || !BrandProgramme.CODE.equals(c.getProgramme())) {
            throw new NotFoundException("brand campaign " + campaignId);
        }
        campaigns.requireRunner(actor, c);
        return c;
    }

    private Optional<BrandIndexRun> runOf(Long campaignId) {
        return em.createQuery("SELECT r FROM BrandIndexRun r WHERE r.campaignId = :c", BrandIndexRun.class)
                .setParameter("c", campaignId).getResultStream().findFirst();
    }

    private List<BrandIndexRun> publishedRuns(int year) {
        return em.createQuery("SELECT r FROM BrandIndexRun r WHERE r.year = :y AND r.publishedAt IS NOT NULL ORDER BY r.id",
                BrandIndexRun.class).setParameter("y", year).getResultList();
    }

    /** The entries of the runs, best index first. */
    private List<BrandIndexEntry> entries(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM BrandIndexEntry e WHERE e.runId IN :r ORDER BY e.index DESC, e.id",
                BrandIndexEntry.class).setParameter("r", runIds).getResultList();
    }

    private static List<IndexSummary.Scored> scored(List<BrandIndexEntry> entries) {
        return entries.stream().map(e -> new IndexSummary.Scored(e.getApplicationId(), e.getIndustry(), e.getDistrictCode(),
                e.getKind().name(), e.getIndex())).toList();
    }

    /** Per application, each indicator's figures of the years, oldest first (null where not given). */
    private Map<Long, Map<String, BigDecimal[]>> figures(List<Long> applicationIds, List<Integer> years) {
        Map<Long, Map<String, BigDecimal[]>> out = new LinkedHashMap<>();
        if (applicationIds.isEmpty()) {
            return out;
        }
        for (BrandFigure f : em.createQuery("SELECT f FROM BrandFigure f WHERE f.applicationId IN :a", BrandFigure.class)
                .setParameter("a", applicationIds).getResultList()) {
            int at = years.indexOf(f.getYear());
            if (at >= 0) {
                out.computeIfAbsent(f.getApplicationId(), k -> new HashMap<>())
                        .computeIfAbsent(f.getIndicator(), k -> new BigDecimal[years.size()])[at] = f.getFigure();
            }
        }
        return out;
    }
}
