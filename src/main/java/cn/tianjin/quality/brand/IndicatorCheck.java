package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check of an application's indicator figures, field by field against the version of the indicators it is filed
 * under: every problem at once, each on its field ({@code <indicator>.<year>}), so nothing is stored until all are
 * right. Figures are read the way people type them: full-width digits, thousands separators and a trailing % are
 * taken.
 */
public final class IndicatorCheck {

    /** The figures as read (indicator, year, figure; a year left empty is absent) and what was wrong. */
    public record Checked(Map<String, Map<Integer, BigDecimal>> figures, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private IndicatorCheck() {
    }

    /** The field of one year's figure of an indicator. */
    public static String field(String indicator, int year) {
        return indicator + "." + year;
    }

    /**
     * Checks what was entered ({@code entered}: indicator code, year, text) for {@code years}. Codes the set does not
     * know are ignored; a year outside {@code years} is too.
     */
    public static Checked check(IndicatorSet set, List<Integer> years, Map<String, Map<Integer, String>> entered,
                                boolean chinese) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Map<Integer, BigDecimal>> figures = new LinkedHashMap<>();
        for (IndicatorSet.Indicator ind : set.indicators()) {
            Map<Integer, String> given = entered.getOrDefault(ind.code(), Map.of());
            Map<Integer, BigDecimal> read = new LinkedHashMap<>();
            for (int year : years) {
                String field = field(ind.code(), year);
                String text = given.get(year);
                if (text == null || text.isBlank()) {
                    if (ind.required()) {
                        problems.add(new FieldProblem(field, "brand.indicator.required", ind.name(chinese), String.valueOf(year)));
                    }
                    continue;
                }
                BigDecimal figure = parse(text);
                if (figure == null) {
                    problems.add(new FieldProblem(field, "brand.indicator.number", ind.name(chinese), String.valueOf(year)));
                } else if (figure.stripTrailingZeros().scale() > ind.decimals()) {
                    problems.add(ind.decimals() == 0
                            ? new FieldProblem(field, "brand.indicator.whole", ind.name(chinese), String.valueOf(year))
                            : new FieldProblem(field, "brand.indicator.decimals", ind.name(chinese), String.valueOf(year),
                                    ind.decimals()));
                } else if (figure.compareTo(ind.min()) < 0 || figure.compareTo(ind.max()) > 0) {
                    problems.add(new FieldProblem(field, "brand.indicator.range", ind.name(chinese), String.valueOf(year),
                            ind.min().toPlainString(), ind.max().toPlainString(), ind.unit(chinese)));
                } else {
                    read.put(year, figure);
                }
            }
            figures.put(ind.code(), read);
        }
        for (IndicatorSet.Indicator ind : set.indicators()) {
            if (ind.atMost() == null) {
                continue;
            }
            IndicatorSet.Indicator bound = set.find(ind.atMost()).orElseThrow();
            for (int year : years) {
                BigDecimal figure = figures.get(ind.code()).get(year);
                BigDecimal limit = figures.get(bound.code()).get(year);
                if (figure != null && limit != null && figure.compareTo(limit) > 0) {
                    problems.add(new FieldProblem(field(ind.code(), year), "brand.indicator.atMost", ind.name(chinese),
                            String.valueOf(year), bound.name(chinese)));
                }
            }
        }
        return new Checked(figures, List.copyOf(problems));
    }

    /** A figure as people type it, or null when it is not one. */
    static BigDecimal parse(String text) {
        StringBuilder b = new StringBuilder();
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                b.append('.');
            } else if (c == '－' || c == '−') {
                b.append('-');
            } else if (c == ',' || c == '，' || c == ' ' || c == '\u00a0') {
                continue;
            } else if ((c == '%' || c == '％') && i == s.length() - 1) {
                continue;
            } else {
                b.append(c);
            }
        }
        String digits = b.toString();
        if (!digits.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        return new BigDecimal(digits);
    }
}
