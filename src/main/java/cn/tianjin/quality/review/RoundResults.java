package cn.tianjin.quality.review;

import cn.tianjin.quality.review.Aggregation.Aggregate;
import cn.tianjin.quality.review.Aggregation.Sheet;
import cn.tianjin.quality.review.Calibration.ExpertCalibration;
import cn.tianjin.quality.review.Calibration.Workload;
import cn.tianjin.quality.review.Disagreement.ExpertSheet;
import cn.tianjin.quality.review.Ranking.Place;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A round's results board, computed from the submitted sheets: per entry the aggregates side by side (mean, median,
 * trimmed mean, and the trimmed mean of normalised totals), the disagreement flags that call for consensus, the
 * score per rubric category (the mean of the sheets, used for tie-breaks and the feedback report), the ranking under
 * a chosen method, and the experts' calibration.
 *
 * <p>Where the panel's chair has recorded a consensus score, that score is the entry's score under every method:
 * the panel has agreed on it after seeing each other's marks, which is what the aggregates only approximate.
 */
public final class RoundResults implements Serializable {
    private static final long serialVersionUID = 1L;


    /**
     * An entry of the round.
     *
     * @param consensusScore the chair's consensus score, or null
     */
    public record EntryInput(long entryId, Instant submittedAt, BigDecimal consensusScore) {

        public EntryInput {
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    /** A submitted sheet: item code to item score in points. */
    public record SheetInput(long entryId, long expertId, Map<String, BigDecimal> itemScores) implements Serializable {

        public SheetInput {
            itemScores = Map.copyOf(itemScores);
        }

        BigDecimal total() {
            return ScoreMath.total(itemScores.values());
        }
    }

    /**
     * One entry on the board.
     *
     * @param raw            aggregates of the sheet totals; null while the entry has no sheet
     * @param normalised     aggregates of the normalised totals; null while the entry has no sheet
     * @param categoryScores mean of the sheets' category scores, by category code in rubric order
     */
    public record Row(long entryId, int sheets, Aggregate raw, Aggregate normalised, Disagreement.Report disagreement,
                      Map<String, BigDecimal> categoryScores, BigDecimal consensusScore, Instant submittedAt) implements Serializable {

        public boolean isScored() {
            return raw != null;
        }

        public boolean needsConsensus() {
            return disagreement.consensusNeeded();
        }

        /** The entry's score under the method: the consensus score where one is recorded. */
        public BigDecimal score(AggregationMethod method) {
            if (consensusScore != null) {
                return consensusScore;
            }
            return raw == null ? null : method.pick(raw, normalised);
        }
    }

    private final RubricDefinition rubric;
    private final List<Row> rows;
    private final List<SheetInput> sheets;

    /**
     * @param entries the round's entries, in the order the board lists them
     * @param sheets  the round's submitted sheets, at most one per entry and expert
     */
    public RoundResults(RubricDefinition rubric, List<EntryInput> entries, List<SheetInput> sheets,
                        Aggregation aggregation, Disagreement disagreement) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.sheets = List.copyOf(sheets);
        List<Sheet> totals = this.sheets.stream().map(s -> new Sheet(s.entryId(), s.expertId(), s.total())).toList();
        Map<Long, Aggregate> raw = aggregation.byEntry(totals);
        Map<Long, Aggregate> normalised = totals.isEmpty()
                ? Map.of() : new Normalisation(aggregation).normalise(totals).aggregates();
        List<Row> built = new ArrayList<>();
        for (EntryInput entry : entries) {
            List<SheetInput> own = this.sheets.stream().filter(s -> s.entryId() == entry.entryId()).toList();
            Disagreement.Report report = disagreement.of(rubric.items(),
                    own.stream().map(s -> new ExpertSheet(s.expertId(), s.itemScores())).toList());
            built.add(new Row(entry.entryId(), own.size(), raw.get(entry.entryId()), normalised.get(entry.entryId()),
                    report, categoryScores(own), entry.consensusScore(), entry.submittedAt()));
        }
        this.rows = List.copyOf(built);
    }

    /** With the default rules: trimming from five sheets, spread 30%, outliers at 2 deviations. */
    public static RoundResults standard(RubricDefinition rubric, List<EntryInput> entries, List<SheetInput> sheets) {
        return new RoundResults(rubric, entries, sheets, Aggregation.standard(), Disagreement.standard());
    }

    public List<Row> rows() {
        return rows;
    }

    public Row row(long entryId) {
        return rows.stream().filter(r -> r.entryId() == entryId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Entry " + entryId + " is not in the round"));
    }

    /** The scored entries ranked under the method, ties broken by {@link #rankingFor(RubricDefinition)}. */
    public List<Place> ranking(AggregationMethod method) {
        Ranking ranking = rankingFor(rubric);
        return ranking.rank(rows.stream().filter(Row::isScored)
                .map(r -> ranking.entry(r.entryId(), r.score(method), r.categoryScores(), r.submittedAt()))
                .toList());
    }

    /** Per expert: sheets, mean total, spread, mean distance from the panels, completion. */
    public List<ExpertCalibration> calibration(List<Workload> workloads) {
        return Calibration.of(sheets.stream().map(s -> new Sheet(s.entryId(), s.expertId(), s.total())).toList(), workloads);
    }

    /**
     * The tie-break categories for a rubric: 4.7 (results) and 4.1 (leadership) on GB/T 19580; on another rubric the
     * last category holding results items, then the first category.
     */
    public static Ranking rankingFor(RubricDefinition rubric) {
        boolean gbt = rubric.findCategory(Ranking.DEFAULT_RESULTS_CATEGORY).isPresent()
                && rubric.findCategory(Ranking.DEFAULT_LEADERSHIP_CATEGORY).isPresent();
        if (gbt) {
            return Ranking.standard();
        }
        List<RubricCategory> categories = rubric.categories();
        String results = categories.get(categories.size() - 1).code();
        for (RubricCategory category : categories) {
            if (category.items().stream().anyMatch(i -> i.kind() == ItemKind.RESULTS)) {
                results = category.code();
            }
        }
        return new Ranking(results, categories.get(0).code());
    }

    private Map<String, BigDecimal> categoryScores(List<SheetInput> own) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (own.isEmpty()) {
            return scores;
        }
        for (RubricCategory category : rubric.categories()) {
            List<BigDecimal> perSheet = own.stream()
                    .map(s -> ScoreMath.total(category.items().stream()
                            .map(i -> s.itemScores().getOrDefault(i.code(), BigDecimal.ZERO)).toList()))
                    .toList();
            scores.put(category.code(), ScoreMath.mean(perSheet));
        }
        return scores;
    }
}
