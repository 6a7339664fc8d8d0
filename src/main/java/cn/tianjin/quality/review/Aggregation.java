package cn.tianjin.quality.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the totals of the sheets on one entry become the entry's score.
 *
 * <p>Three figures are given so that the committee can choose the rule of a campaign and still see
 * the others: the <b>mean</b>; the <b>median</b> (for an even number of sheets, the mean of the two
 * middle totals); and the <b>trimmed mean</b>, which drops the single highest and the single lowest
 * total once an entry has at least {@link #trimFrom()} sheets (default {@value #DEFAULT_TRIM_FROM}).
 * Below that number the trimmed mean equals the mean: with few sheets, dropping two would throw away
 * too much of the panel's judgement. When two sheets share the highest (or lowest) total only one
 * of them is dropped.
 *
 * <p>All three are computed exactly from the totals and rounded once, half up, to tenths of a point.
 *
 * <p>An entry without sheets has no score at all, not a score of zero: {@link #of(List)} refuses an
 * empty list rather than return a figure that would rank the entry last as if it had been judged.
 */
public final class Aggregation {

    public static final int DEFAULT_TRIM_FROM = 5;

    /** Trimming two totals from fewer than three would leave nothing to average. */
    public static final int MIN_TRIM_FROM = 3;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final int trimFrom;

    /**
     * The total one expert gave one entry.
     *
     * @param entryId  the entry (application) scored
     * @param expertId the expert who filled the sheet
     * @param total    the sheet's total, in tenths of a point
     */
    public record Sheet(long entryId, long expertId, BigDecimal total) {

        public Sheet {
            Objects.requireNonNull(total, "total");
        }
    }

    /**
     * An entry's score under each rule.
     *
     * @param sheets number of sheets the figures were computed from
     */
    public record Aggregate(BigDecimal mean, BigDecimal median, BigDecimal trimmedMean, int sheets) implements Serializable {
    }

    /**
     * @param trimFrom the number of sheets from which the trimmed mean drops the extremes; at least
     *                 {@value #MIN_TRIM_FROM}
     */
    public Aggregation(int trimFrom) {
        if (trimFrom < MIN_TRIM_FROM) {
            throw new IllegalArgumentException(
                    "Trimming needs at least " + MIN_TRIM_FROM + " sheets, was configured from " + trimFrom);
        }
        this.trimFrom = trimFrom;
    }

    /** Trims from {@value #DEFAULT_TRIM_FROM} sheets. */
    public static Aggregation standard() {
        return new Aggregation(DEFAULT_TRIM_FROM);
    }

    public int trimFrom() {
        return trimFrom;
    }

    /**
     * Aggregates the sheet totals of one entry.
     *
     * @throws IllegalArgumentException if there are no totals
     * @throws NullPointerException     if a total is {@code null}
     */
    public Aggregate of(List<BigDecimal> totals) {
        Objects.requireNonNull(totals, "totals");
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("An entry without sheets has no score");
        }
        List<BigDecimal> sorted = new ArrayList<>(totals);
        sorted.forEach(total -> Objects.requireNonNull(total, "total"));
        sorted.sort(Comparator.naturalOrder());

        BigDecimal mean = ScoreMath.mean(sorted);
        BigDecimal trimmedMean = sorted.size() >= trimFrom
                ? ScoreMath.mean(sorted.subList(1, sorted.size() - 1))
                : mean;
        return new Aggregate(mean, median(sorted), trimmedMean, sorted.size());
    }

    /**
     * Aggregates every entry found in the sheets, keyed and ordered by entry id. Only entries with
     * at least one sheet appear.
     *
     * @throws IllegalArgumentException if an expert has two sheets on one entry
     */
    public Map<Long, Aggregate> byEntry(List<Sheet> sheets) {
        requireOneSheetPerEntryAndExpert(sheets);
        Map<Long, List<BigDecimal>> totals = new TreeMap<>();
        for (Sheet sheet : sheets) {
            totals.computeIfAbsent(sheet.entryId(), id -> new ArrayList<>()).add(sheet.total());
        }
        Map<Long, Aggregate> aggregates = new LinkedHashMap<>();
        totals.forEach((entryId, entryTotals) -> aggregates.put(entryId, of(entryTotals)));
        return Collections.unmodifiableMap(aggregates);
    }

    /** A second sheet by the same expert on the same entry would count their judgement twice. */
    static void requireOneSheetPerEntryAndExpert(List<Sheet> sheets) {
        Set<List<Long>> seen = new HashSet<>();
        for (Sheet sheet : sheets) {
            if (!seen.add(List.of(sheet.entryId(), sheet.expertId()))) {
                throw new IllegalArgumentException(
                        "Expert " + sheet.expertId() + " has more than one sheet on entry " + sheet.entryId());
            }
        }
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return ScoreMath.round(sorted.get(n / 2));
        }
        // Totals are in tenths, so the halved sum has at most two decimals and rounds only on .x5.
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, ScoreMath.SCALE, ScoreMath.ROUNDING);
    }
}
