package cn.tianjin.quality.brand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the Tianjin brand index of the brands evaluated together, by an {@link IndexFormula} (which says how), and
 * keeps every step of it: for each brand, which figure gave how many points. Pure arithmetic on arrays, in doubles;
 * the figures shown are rounded once, at the end.
 */
public final class BrandIndex {
    private static final int SHOWN_SCALE = 2;

    /**
     * A brand as the index sees it.
     *
     * @param industry    the group it is normalised in
     * @param figures     per indicator code, the figures of the formula's years oldest first (null where not given)
     * @param panelPoints the panel's score on the rubric
     * @param panelMax    the rubric's points
     */
    public record Brand(long id, String industry, Map<String, BigDecimal[]> figures, BigDecimal panelPoints,
                        BigDecimal panelMax) {
    }

    /**
     * One step of a brand's index: a part's figures, the figure it used, the range of its peers, the normalised score,
     * the part's weight in the whole index (after any weight passed on) and the points it gave.
     */
    public record Line(String dimension, String indicator, BigDecimal[] figures, BigDecimal used, BigDecimal peerLow,
                       BigDecimal peerHigh, BigDecimal normalised, BigDecimal weight, BigDecimal points)
            implements java.io.Serializable {
    }

    /**
     * A brand's index with its steps; {@code cityPeers} when its industry had too few brands and it was compared with
     * all of them. The panel's line has the dimension "PANEL" and no indicator.
     */
    public record Result(long id, BigDecimal index, boolean cityPeers, List<Line> lines) implements java.io.Serializable {
    }

    /** The dimension code of the panel's line. */
    public static final String PANEL = "PANEL";

    private BrandIndex() {
    }

    /**
     * The index of every brand evaluated together. The formula must pass {@link FormulaCheck} with the set; a brand's
     * figures are those {@link IndicatorCheck} let through.
     */
    public static List<Result> compute(IndexFormula formula, IndicatorSet set, List<Brand> brands) {
        int n = brands.size();
        List<IndexFormula.Dimension> dims = formula.dimensions();
        List<IndexFormula.Part> parts = new ArrayList<>();
        int[] dimOf = new int[dims.stream().mapToInt(d -> d.parts().size()).sum()];
        for (int d = 0; d < dims.size(); d++) {
            for (IndexFormula.Part p : dims.get(d).parts()) {
                dimOf[parts.size()] = d;
                parts.add(p);
            }
        }
        int m = parts.size();
        IndicatorSet.Better[] better = new IndicatorSet.Better[m];
        for (int p = 0; p < m; p++) {
            better[p] = set.find(parts.get(p).indicator()).orElseThrow().better();
        }
        double[] yearWeights = formula.yearWeights().stream().mapToDouble(BigDecimal::doubleValue).toArray();

        // The figure each brand uses per part (NaN where none) and what is compared (its log where the part says so).
        double[][] used = new double[n][m];
        double[][] compared = new double[n][m];
        for (int b = 0; b < n; b++) {
            Map<String, BigDecimal[]> figures = brands.get(b).figures();
            for (int p = 0; p < m; p++) {
                double u = weightedMean(figures.get(parts.get(p).indicator()), yearWeights);
                used[b][p] = u;
                compared[b][p] = parts.get(p).scale() == IndexFormula.Scale.LOG && !Double.isNaN(u) ? Math.log10(1 + u) : u;
            }
        }

        // Peer groups: the industry when it has enough brands, else every brand.
        Map<String, List<Integer>> byIndustry = new HashMap<>();
        for (int b = 0; b < n; b++) {
            byIndustry.computeIfAbsent(brands.get(b).industry(), k -> new ArrayList<>()).add(b);
        }
        double[] cityLow = new double[m];
        double[] cityHigh = new double[m];
        range(compared, allOf(n), cityLow, cityHigh);
        Map<String, double[][]> industryRange = new HashMap<>();
        byIndustry.forEach((industry, members) -> {
            if (members.size() >= formula.minPeers()) {
                double[] low = new double[m];
                double[] high = new double[m];
                range(compared, members, low, high);
                industryRange.put(industry, new double[][] {low, high});
            }
        });

        double panelWeight = formula.panelWeight().doubleValue();
        List<Result> results = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            Brand brand = brands.get(b);
            double[][] range = industryRange.get(brand.industry());
            boolean city = range == null;
            double[] low = city ? cityLow : range[0];
            double[] high = city ? cityHigh : range[1];

            // The weights as they fall for this brand: a part without a figure passes its weight to its dimension's
            // other parts; a dimension with none passes it to the rest of the index.
            double[] presentInDim = new double[dims.size()];
            for (int p = 0; p < m; p++) {
                if (!Double.isNaN(used[b][p])) {
                    presentInDim[dimOf[p]] += parts.get(p).weight().doubleValue();
                }
            }
            double live = panelWeight;
            for (int d = 0; d < dims.size(); d++) {
                if (presentInDim[d] > 0) {
                    live += dims.get(d).weight().doubleValue();
                }
            }
            double index = 0;
            List<Line> lines = new ArrayList<>(m + 1);
            for (int p = 0; p < m; p++) {
                int d = dimOf[p];
                IndexFormula.Part part = parts.get(p);
                BigDecimal[] shown = brand.figures().get(part.indicator());
                if (Double.isNaN(used[b][p])) {
                    lines.add(new Line(dims.get(d).code(), part.indicator(), shown, null, null, null, null,
                            BigDecimal.ZERO.setScale(SHOWN_SCALE), BigDecimal.ZERO.setScale(SHOWN_SCALE)));
                    continue;
                }
                double normalised = normalise(compared[b][p], low[p], high[p], better[p]);
                double weight = dims.get(d).weight().doubleValue() / live * part.weight().doubleValue() / presentInDim[d];
                index += weight * normalised;
                boolean log = part.scale() == IndexFormula.Scale.LOG;
                lines.add(new Line(dims.get(d).code(), part.indicator(), shown, shown(used[b][p]),
                        shown(log ? Math.pow(10, low[p]) - 1 : low[p]), shown(log ? Math.pow(10, high[p]) - 1 : high[p]),
                        shown(normalised), BigDecimal.valueOf(weight).setScale(4, RoundingMode.HALF_UP),
                        shown(weight * normalised)));
            }
            double panel = 100 * brand.panelPoints().doubleValue() / brand.panelMax().doubleValue();
            double panelShare = panelWeight / live;
            index += panelShare * panel;
            lines.add(new Line(PANEL, null, new BigDecimal[] {brand.panelPoints()}, brand.panelPoints(), BigDecimal.ZERO,
                    brand.panelMax(), shown(panel), BigDecimal.valueOf(panelShare).setScale(4, RoundingMode.HALF_UP),
                    shown(panelShare * panel)));
            results.add(new Result(brand.id(), shown(index), city, List.copyOf(lines)));
        }
        return results;
    }

    static double weightedMean(BigDecimal[] figures, double[] yearWeights) {
        if (figures == null) {
            return Double.NaN;
        }
        double sum = 0;
        double weights = 0;
        for (int y = 0; y < figures.length && y < yearWeights.length; y++) {
            if (figures[y] != null) {
                sum += yearWeights[y] * figures[y].doubleValue();
                weights += yearWeights[y];
            }
        }
        return weights == 0 ? Double.NaN : sum / weights;
    }

    static double normalise(double x, double low, double high, IndicatorSet.Better better) {
        if (high - low < 1e-12) {
            return 100;
        }
        double share = (x - low) / (high - low);
        return 100 * (better == IndicatorSet.Better.HIGHER ? share : 1 - share);
    }

    private static void range(double[][] compared, List<Integer> members, double[] low, double[] high) {
        java.util.Arrays.fill(low, Double.NaN);
        java.util.Arrays.fill(high, Double.NaN);
        for (int b : members) {
            double[] row = compared[b];
            for (int p = 0; p < row.length; p++) {
                double x = row[p];
                if (!Double.isNaN(x)) {
                    low[p] = Double.isNaN(low[p]) || x < low[p] ? x : low[p];
                    high[p] = Double.isNaN(high[p]) || x > high[p] ? x : high[p];
                }
            }
        }
    }

    private static List<Integer> allOf(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    private static BigDecimal shown(double x) {
        return BigDecimal.valueOf(x).setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
    }
}
