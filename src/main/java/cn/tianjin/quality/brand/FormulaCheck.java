package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a formula can be used with an indicator set: weights that add up to one, every part an indicator of the set
 * used once, a log scale only where figures cannot be negative. Every problem at once, each on its field.
 */
public final class FormulaCheck {
    public static final int MIN_PEERS_LEAST = 2;

    private FormulaCheck() {
    }

    public static List<FieldProblem> problems(IndexFormula f, IndicatorSet set) {
        List<FieldProblem> out = new ArrayList<>();
        if (blank(f.code())) {
            out.add(new FieldProblem("code", "brand.formula.codeRequired"));
        }
        if (blank(f.nameZh()) || blank(f.nameEn())) {
            out.add(new FieldProblem("name", "brand.formula.nameRequired"));
        }
        if (!set.code().equals(f.indicatorSet())) {
            out.add(new FieldProblem("indicatorSet", "brand.formula.otherSet", f.indicatorSet(), set.code()));
        }
        if (f.yearWeights().size() != set.years()) {
            out.add(new FieldProblem("yearWeights", "brand.formula.yearCount", set.years()));
        } else {
            sumIsOne(f.yearWeights(), "yearWeights", "brand.formula.yearSum", out);
        }
        if (f.minPeers() < MIN_PEERS_LEAST) {
            out.add(new FieldProblem("minPeers", "brand.formula.minPeers", MIN_PEERS_LEAST));
        }
        List<BigDecimal> top = new ArrayList<>();
        top.add(f.panelWeight());
        Set<String> used = new HashSet<>();
        int d = 0;
        for (IndexFormula.Dimension dim : f.dimensions()) {
            d++;
            String at = "dimensions." + d;
            top.add(dim.weight());
            if (dim.parts().isEmpty()) {
                out.add(new FieldProblem(at, "brand.formula.noParts", d));
                continue;
            }
            List<BigDecimal> parts = new ArrayList<>();
            for (IndexFormula.Part p : dim.parts()) {
                parts.add(p.weight());
                var ind = set.find(p.indicator());
                if (ind.isEmpty()) {
                    out.add(new FieldProblem(at, "brand.formula.unknownIndicator", d, p.indicator()));
                } else if (!used.add(p.indicator())) {
                    out.add(new FieldProblem(at, "brand.formula.usedTwice", d, p.indicator()));
                } else if (p.scale() == IndexFormula.Scale.LOG && ind.get().min().signum() < 0) {
                    out.add(new FieldProblem(at, "brand.formula.logNegative", d, p.indicator()));
                }
            }
            sumIsOne(parts, at, "brand.formula.partSum", out);
        }
        if (f.dimensions().isEmpty()) {
            out.add(new FieldProblem("dimensions", "brand.formula.noDimensions"));
        }
        sumIsOne(top, "weights", "brand.formula.weightSum", out);
        return List.copyOf(out);
    }

    private static void sumIsOne(List<BigDecimal> weights, String field, String key, List<FieldProblem> out) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w == null || w.signum() < 0) {
                out.add(new FieldProblem(field, "brand.formula.weightNegative"));
                return;
            }
            sum = sum.add(w);
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            out.add(new FieldProblem(field, key, sum.stripTrailingZeros().toPlainString()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
