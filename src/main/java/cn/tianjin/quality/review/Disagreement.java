package cn.tianjin.quality.review;

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
 * standard deviations (default 2.0) from the mean of the entry's totals, using the population
 * standard deviation of those same totals. With fewer than {@value #MIN_SHEETS_FOR_OUTLIER}
 * sheets no expert is flagged: with two sheets each is exactly as far from the mean as the other,
 * so neither can be called the outlier.
 *
 * <p>Note for whoever sets k: because the outlier's own total is part of the mean and sd it is
 * measured against, no total among n can lie more than sqrt(n - 1) standard deviations from the
 * mean. With k = 2 an expert can therefore only be flagged on entries with six or more sheets; a
 * five-member panel reaches exactly 2.0 at most, which is not more than 2. Smaller panels need a
 * smaller k (for instance 1.5 for panels of four or five).
 *
 * <p>Both comparisons are made exactly on the decimals, so a case at the limit is never tipped over
 * by floating-point error.
 */
public final class Disagreement {

    public static final BigDecimal DEFAULT_SPREAD_FRACTION = new BigDecimal("0.30");

    public static final BigDecimal DEFAULT_OUTLIER_SDS = new BigDecimal("2.0");

    public static final int MIN_SHEETS_FOR_OUTLIER = 3;

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
            BigDecimal allowed) {
    }

    /**
     * An expert whose total stands apart from the panel's.
     *
     * @param panelMean          mean of the entry's totals, the expert's own included
     * @param distance           total minus panel mean: negative when the expert is harsher than the panel
     * @param standardDeviations the distance in panel standard deviations, signed, two decimals
     */
    public record ExpertFlag(long expertId, BigDecimal total, BigDecimal panelMean, BigDecimal distance,
            BigDecimal standardDeviations) {
    }

    /** What to discuss: items in rubric order, experts by id. */
    public record Report(List<ItemFlag> items, List<ExpertFlag> experts) {

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
        return new Report(itemFlags(items, sheets), expertFlags(totals));
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
     * The experts whose total lies more than k standard deviations from the mean of the entry's
     * totals, ordered by expert id.
     *
     * @param totalsByExpert each expert's sheet total on the entry
     */
    public List<ExpertFlag> expertFlags(Map<Long, BigDecimal> totalsByExpert) {
        int n = totalsByExpert.size();
        if (n < MIN_SHEETS_FOR_OUTLIER) {
            return List.of();
        }
        // With S the sum, d_i = n x_i - S is n times the distance from the mean, and the variance is
        // sum(d_j^2) / n^3. "|x_i - mean| > k sd" then reads n d_i^2 > k^2 sum(d_j^2): integers in
        // tenths on both sides, so the test is exact even when the mean is a recurring decimal.
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal sum = totalsByExpert.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        for (BigDecimal total : totalsByExpert.values()) {
            BigDecimal d = count.multiply(total).subtract(sum);
            sumOfSquares = sumOfSquares.add(d.multiply(d));
        }
        if (sumOfSquares.signum() == 0) {
            return List.of();
        }
        BigDecimal limit = outlierSds.multiply(outlierSds).multiply(sumOfSquares);
        BigDecimal mean = sum.divide(count, MathContext.DECIMAL64);
        double sd = Math.sqrt(sumOfSquares.doubleValue() / Math.pow(n, 3));

        List<ExpertFlag> flags = new ArrayList<>();
        for (Map.Entry<Long, BigDecimal> entry : new TreeMap<>(totalsByExpert).entrySet()) {
            BigDecimal d = count.multiply(entry.getValue()).subtract(sum);
            if (count.multiply(d.multiply(d)).compareTo(limit) > 0) {
                BigDecimal distance = entry.getValue().subtract(mean);
                BigDecimal sds = BigDecimal.valueOf(distance.doubleValue() / sd).setScale(2, RoundingMode.HALF_UP);
                flags.add(new ExpertFlag(entry.getKey(), entry.getValue(), ScoreMath.round(mean),
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
