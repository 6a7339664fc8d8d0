package cn.tianjin.quality.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds what a panel should talk about in its consensus meeting on one entry.
 *
 * <p><b>Items in dispute.</b> An item is flagged when the spread of its scores across the entry's
 * sheets (highest minus lowest item score) <i>exceeds</i> a fraction of the item's points, by
 * default 0.30. A spread exactly at the limit is not flagged: for a 50-point item the limit is
 * 15.0, so scores of 20.0 and 35.0 (40 % and 70 %) pass, while 20.0 and 37.5 (a 35 % gap, the
 * next step) are flagged.
 *
 * <p><b>Outlying experts.</b> An expert is flagged when their sheet total lies <i>more than</i> k
 * standard deviations (default 2.0) from the mean of the <i>other</i> experts' totals on the entry,
 * the deviation being the population standard deviation of all the entry's totals. With fewer than
 * {@value #MIN_SHEETS_FOR_OUTLIER} sheets no expert is flagged: with two sheets each is exactly as
 * far from the other as the other is from them, so neither can be called the outlier.
 *
 * <p>Why the others' mean: measured against a mean that contains their own total, no total among n
 * can lie more than sqrt(n - 1) deviations away, so with k = 2 nobody on a panel of five or fewer
 * could ever be flagged. Against the others' mean one total among n equal ones lies n / sqrt(n - 1)
 * deviations away: 2.12 for three sheets, 2.31 for four, 2.50 for five, so the default k = 2 works
 * for the panel sizes the programmes use. The deviation stays that of the whole panel rather than of
 * the others alone, which on four remaining sheets would be too unsteady a yardstick (a normal
 * panel of 610, 620, 640, 655 and 660 would flag 610).
 *
 * <p>A deviation says nothing about size: four totals of 700 and one of 701 are as far apart, in
 * deviations, as four of 700 and one of 800. So an expert is flagged only when the distance from the
 * others' mean also exceeds {@link #MIN_GAP_FRACTION} of the rubric's total points (50 on a
 * 1000-point rubric, one score step on every item).
 *
 * <p>Both comparisons are made exactly on the decimals, so a case at the limit is never tipped over
 * by floating-point error.
 */
public final class Disagreement {

    public static final BigDecimal DEFAULT_SPREAD_FRACTION = new BigDecimal("0.30");

    public static final BigDecimal DEFAULT_OUTLIER_SDS = new BigDecimal("2.0");

    public static final int MIN_SHEETS_FOR_OUTLIER = 3;

    /** Share of the rubric's total points an outlying total must also be away from the others' mean. */
    public static final BigDecimal MIN_GAP_FRACTION = new BigDecimal("0.05");

    private final BigDecimal spreadFraction;

    private final BigDecimal outlierSds;

    /**
     * @param spreadFraction share of an item's points its spread may reach without being flagged,
     *                       between 0 and 1
     * @param outlierSds     number of standard deviations from the panel mean a total may reach
     *                       without being flagged; positive
     */
    public Disagreement(BigDecimal spreadFraction, BigDecimal outlierSds) {
        Objects.requireNonNull(spreadFraction, "spreadFraction");
        Objects.requireNonNull(outlierSds, "outlierSds");
        if (spreadFraction.signum() < 0 || spreadFraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Spread fraction must be between 0 and 1: " + spreadFraction);
        }
        if (outlierSds.signum() <= 0) {
            throw new IllegalArgumentException("Outlier distance must be positive: " + outlierSds);
        }
        this.spreadFraction = spreadFraction;
        this.outlierSds = outlierSds;
    }

    /** Flags spreads above 30 % of an item's points and totals more than 2.0 sd from the mean. */
    public static Disagreement standard() {
        return new Disagreement(DEFAULT_SPREAD_FRACTION, DEFAULT_OUTLIER_SDS);
    }

    /**
     * One expert's sheet on the entry.
     *
     * @param itemScores item code to item score; an item left out is treated as not scored on this
     *                   sheet and does not count in that item's spread
     */
    public record ExpertSheet(long expertId, Map<String, BigDecimal> itemScores) {

        public ExpertSheet {
            itemScores = Map.copyOf(itemScores);
        }

        /** The sheet's total: the sum of its item scores. */
        public BigDecimal total() {
            return ScoreMath.total(itemScores.values());
        }
    }

    /**
     * An item whose scores are too far apart.
     *
     * @param allowed the largest spread not flagged: points x fraction
     */
    public record ItemFlag(String itemCode, int points, BigDecimal lowest, BigDecimal highest, BigDecimal spread,
            BigDecimal allowed) implements Serializable {
    }

    /**
     * An expert whose total stands apart from the panel's.
     *
     * @param othersMean         mean of the other experts' totals on the entry
     * @param distance           total minus the others' mean: negative when the expert is harsher
     * @param standardDeviations the distance in standard deviations of the panel's totals, signed,
     *                           two decimals
     */
    public record ExpertFlag(long expertId, BigDecimal total, BigDecimal othersMean, BigDecimal distance,
            BigDecimal standardDeviations) implements Serializable {
    }

    /** What to discuss: items in rubric order, experts by id. */
    public record Report(List<ItemFlag> items, List<ExpertFlag> experts) implements Serializable {

        public Report {
            items = List.copyOf(items);
            experts = List.copyOf(experts);
        }

        public boolean consensusNeeded() {
            return !items.isEmpty() || !experts.isEmpty();
        }

        public Set<String> itemCodes() {
            return items.stream().map(ItemFlag::itemCode).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        public Set<Long> expertIds() {
            return experts.stream().map(ExpertFlag::expertId).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /**
     * Item and expert flags for one entry.
     *
     * @param items  the rubric's items in page order, as {@link RubricDefinition#items()} gives them
     * @param sheets the entry's submitted sheets, one per expert
     * @throws IllegalArgumentException if a sheet scores an item that is not in the rubric, or two
     *                                  sheets come from the same expert
     */
    public Report of(List<RubricItem> items, List<ExpertSheet> sheets) {
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        for (ExpertSheet sheet : sheets) {
            if (totals.put(sheet.expertId(), sheet.total()) != null) {
                throw new IllegalArgumentException("Expert " + sheet.expertId() + " has two sheets on the entry");
            }
        }
        int totalPoints = items.stream().mapToInt(RubricItem::points).sum();
        return new Report(itemFlags(items, sheets), expertFlags(totals, totalPoints));
    }

    /** The items whose spread exceeds the allowed fraction of their points, in rubric order. */
    public List<ItemFlag> itemFlags(List<RubricItem> items, List<ExpertSheet> sheets) {
        Map<String, RubricItem> itemsByCode = new LinkedHashMap<>();
        items.forEach(item -> itemsByCode.put(item.code(), item));
        for (ExpertSheet sheet : sheets) {
            for (String code : sheet.itemScores().keySet()) {
                if (!itemsByCode.containsKey(code)) {
                    throw new IllegalArgumentException(
                            "Expert " + sheet.expertId() + " scored item " + code + ", which is not in the rubric");
                }
            }
        }

        List<ItemFlag> flags = new ArrayList<>();
        for (RubricItem item : itemsByCode.values()) {
            List<BigDecimal> scores = sheets.stream()
                    .map(sheet -> sheet.itemScores().get(item.code()))
                    .filter(Objects::nonNull)
                    .toList();
            if (scores.size() < 2) {
                continue;
            }
            BigDecimal lowest = scores.stream().min(BigDecimal::compareTo).orElseThrow();
            BigDecimal highest = scores.stream().max(BigDecimal::compareTo).orElseThrow();
            BigDecimal spread = highest.subtract(lowest);
            BigDecimal allowed = BigDecimal.valueOf(item.points()).multiply(spreadFraction);
            if (spread.compareTo(allowed) > 0) {
                flags.add(new ItemFlag(item.code(), item.points(), lowest, highest, spread, forDisplay(allowed)));
            }
        }
        return flags;
    }

    /**
     * The experts whose total lies more than k standard deviations of the panel's totals from the
     * mean of the other experts' totals, ordered by expert id.
     *
     * @param totalsByExpert each expert's sheet total on the entry
     * @param totalPoints    the rubric's total points, for the smallest gap worth flagging
     */
    public List<ExpertFlag> expertFlags(Map<Long, BigDecimal> totalsByExpert, int totalPoints) {
        int n = totalsByExpert.size();
        if (n < MIN_SHEETS_FOR_OUTLIER) {
            return List.of();
        }
        // With S the sum and d_i = n x_i - S, the distance from the others' mean is
        // x_i - (S - x_i) / (n - 1) = d_i / (n - 1), and the panel's variance is sum(d_j^2) / n^3.
        // "distance > k sd" then reads n^3 d_i^2 > k^2 (n - 1)^2 sum(d_j^2): whole numbers of tenths
        // on both sides, so the test is exact even when a mean is a recurring decimal.
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal others = BigDecimal.valueOf(n - 1L);
        BigDecimal sum = totalsByExpert.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        for (BigDecimal total : totalsByExpert.values()) {
            BigDecimal d = count.multiply(total).subtract(sum);
            sumOfSquares = sumOfSquares.add(d.multiply(d));
        }
        if (sumOfSquares.signum() == 0) {
            return List.of();
        }
        BigDecimal limit = outlierSds.multiply(outlierSds).multiply(others.multiply(others)).multiply(sumOfSquares);
        BigDecimal cube = count.pow(3);
        double sd = Math.sqrt(sumOfSquares.doubleValue() / Math.pow(n, 3));
        BigDecimal smallestGap = MIN_GAP_FRACTION.multiply(BigDecimal.valueOf(totalPoints)).multiply(others);

        List<ExpertFlag> flags = new ArrayList<>();
        for (Map.Entry<Long, BigDecimal> entry : new TreeMap<>(totalsByExpert).entrySet()) {
            BigDecimal d = count.multiply(entry.getValue()).subtract(sum);
            if (cube.multiply(d.multiply(d)).compareTo(limit) > 0 && d.abs().compareTo(smallestGap) > 0) {
                BigDecimal othersMean = sum.subtract(entry.getValue()).divide(others, MathContext.DECIMAL64);
                BigDecimal distance = d.divide(others, MathContext.DECIMAL64);
                BigDecimal sds = BigDecimal.valueOf(distance.doubleValue() / sd).setScale(2, RoundingMode.HALF_UP);
                flags.add(new ExpertFlag(entry.getKey(), entry.getValue(), ScoreMath.round(othersMean),
                        ScoreMath.round(distance), sds));
            }
        }
        return flags;
    }

    /** 50 x 0.30 is 15.000; shown as 15.0, but an inexact limit such as 4.95 keeps its digits. */
    private static BigDecimal forDisplay(BigDecimal allowed) {
        BigDecimal stripped = allowed.stripTrailingZeros();
        return stripped.scale() <= ScoreMath.SCALE ? stripped.setScale(ScoreMath.SCALE) : stripped;
    }
}
