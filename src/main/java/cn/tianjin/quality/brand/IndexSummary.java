package cn.tianjin.quality.brand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The yearly Tianjin brand index as the bureau publishes it: the mean index of the brands evaluated in the year,
 * city-wide, per industry, per district and per brand kind, each beside the year before (the change in points where
 * the group had brands then too). Pure arithmetic on the brands' indices, rounded to two decimals once.
 */
public final class IndexSummary {
    /** The dimensions of the summary, in the order it lists them. */
    public static final List<String> DIMENSIONS = List.of("city", "industry", "district", "kind");

    /** A brand's index with what it is grouped by. */
    public record Scored(long brandId, String industry, String district, String kind, BigDecimal index) {
    }

    /**
     * One group's figure: how many brands, their mean index, and the year before's mean and the change in points (null
     * when the group had no brand that year). The city's group has the key "".
     */
    public record Group(String dimension, String key, int brands, BigDecimal mean, BigDecimal previous,
                        BigDecimal change) implements java.io.Serializable {
    }

    private IndexSummary() {
    }

    public static List<Group> summarise(List<Scored> year, List<Scored> yearBefore) {
        List<Group> out = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            Function<Scored, String> key = keyOf(dimension);
            Map<String, List<BigDecimal>> now = group(year, key);
            Map<String, List<BigDecimal>> then = group(yearBefore, key);
            List<Group> groups = new ArrayList<>();
            now.forEach((k, indices) -> {
                BigDecimal mean = mean(indices);
                BigDecimal previous = then.containsKey(k) ? mean(then.get(k)) : null;
                groups.add(new Group(dimension, k, indices.size(), mean, previous,
                        previous == null ? null : mean.subtract(previous)));
            });
            groups.sort(Comparator.comparing(Group::mean).reversed().thenComparing(Group::key));
            out.addAll(groups);
        }
        return out;
    }

    private static Function<Scored, String> keyOf(String dimension) {
        return switch (dimension) {
            case "industry" -> s -> nullToEmpty(s.industry());
            case "district" -> s -> nullToEmpty(s.district());
            case "kind" -> s -> nullToEmpty(s.kind());
            default -> s -> "";
        };
    }

    private static Map<String, List<BigDecimal>> group(List<Scored> brands, Function<Scored, String> key) {
        Map<String, List<BigDecimal>> m = new LinkedHashMap<>();
        brands.forEach(s -> m.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s.index()));
        return m;
    }

    static BigDecimal mean(List<BigDecimal> indices) {
        BigDecimal sum = indices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(indices.size()), 2, RoundingMode.HALF_UP);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
