package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an indicator set an official uploads can be used: a code and names, one to five years, indicators with
 * distinct codes, names and units, a range whose low end is below its high end, at most four decimals, and a bound
 * ({@code atMost}) that names another indicator of the set. Every problem at once, each on its field.
 */
public final class IndicatorSetCheck {
    public static final int MAX_YEARS = 5;
    public static final int MAX_DECIMALS = 4;
    /** The largest bound a range may have: a figure is stored with 16 digits before the point. */
    public static final java.math.BigDecimal MAX_MAGNITUDE = new java.math.BigDecimal("1000000000000000");
    public static final int CODE_MAX = 60;

    private IndicatorSetCheck() {
    }

    public static List<FieldProblem> problems(IndicatorSet set) {
        List<FieldProblem> out = new ArrayList<>();
        if (blank(set.code()) || set.code().length() > CODE_MAX) {
            out.add(new FieldProblem("code", "brand.method.codeRequired", CODE_MAX));
        }
        if (blank(set.nameZh()) || blank(set.nameEn())) {
            out.add(new FieldProblem("name", "brand.method.nameRequired"));
        }
        if (set.years() < 1 || set.years() > MAX_YEARS) {
            out.add(new FieldProblem("years", "brand.indicators.years", MAX_YEARS));
        }
        if (set.indicators().isEmpty()) {
            out.add(new FieldProblem("indicators", "brand.indicators.none"));
        }
        Set<String> codes = new HashSet<>();
        set.indicators().forEach(i -> codes.add(i.code()));
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (IndicatorSet.Indicator i : set.indicators()) {
            n++;
            String at = "indicators." + n;
            if (blank(i.code()) || !seen.add(i.code())) {
                out.add(new FieldProblem(at, "brand.indicators.code", n));
            }
            if (blank(i.nameZh()) || blank(i.nameEn()) || blank(i.unitZh()) || blank(i.unitEn())) {
                out.add(new FieldProblem(at, "brand.indicators.names", n));
            }
            if (i.min().compareTo(i.max()) >= 0) {
                out.add(new FieldProblem(at, "brand.indicators.range", n));
            }
            if (i.min().abs().compareTo(MAX_MAGNITUDE) > 0 || i.max().abs().compareTo(MAX_MAGNITUDE) > 0) {
                out.add(new FieldProblem(at, "brand.indicators.magnitude", n, MAX_MAGNITUDE.toPlainString()));
            }
            if (i.decimals() < 0 || i.decimals() > MAX_DECIMALS) {
                out.add(new FieldProblem(at, "brand.indicators.decimals", n, MAX_DECIMALS));
            }
            if (i.atMost() != null && (i.atMost().equals(i.code()) || !codes.contains(i.atMost()))) {
                out.add(new FieldProblem(at, "brand.indicators.atMost", n, i.atMost()));
            }
        }
        return List.copyOf(out);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
