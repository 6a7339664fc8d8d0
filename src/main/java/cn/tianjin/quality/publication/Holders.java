package cn.tianjin.quality.publication;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the city counts the holders of a programme's titles: enterprises, not titles (an enterprise that won twice
 * counts once), a revoked title not at all, a title given before the portal and imported like any other. An enterprise
 * counts from the year of its first title that still stands.
 */
public final class Holders {

    /** What the count needs of one title. */
    public record Held(Long enterpriseId, Title.Status status, int year) implements Serializable {
    }

    /** A title that counts, with its year and what its holder is (codes of district, industry and size). */
    public record Attributed(Long enterpriseId, int year, String district, String industry, String size)
            implements Serializable {
    }

    /** The enterprises of one value of an attribute. */
    public record Count(String key, long enterprises) implements Serializable {
    }

    /** Enterprises counted by the end of a year. */
    public record ByYear(int year, long enterprises) implements Serializable {
    }

    private Holders() {
    }

    /** Distinct enterprises with at least one title not revoked. */
    public static long count(Collection<Held> titles) {
        return firstYears(titles).size();
    }

    /** The running count at the end of each year from the first title's year to {@code lastYear}. */
    public static List<ByYear> cumulative(Collection<Held> titles, int lastYear) {
        TreeMap<Integer, Long> newcomers = new TreeMap<>();
        firstYears(titles).values().forEach(y -> newcomers.merge(y, 1L, Long::sum));
        if (newcomers.isEmpty()) {
            return List.of();
        }
        List<ByYear> out = new java.util.ArrayList<>();
        long running = 0;
        for (int y = newcomers.firstKey(); y <= Math.max(lastYear, newcomers.lastKey()); y++) {
            running += newcomers.getOrDefault(y, 0L);
            out.add(new ByYear(y, running));
        }
        return out;
    }

    /**
     * Distinct enterprises per value of an attribute of their titles (an enterprise counts once per value, and under
     * each value it has a title of: two titles in two years count it in both years), most first, then by value.
     */
    public static List<Count> by(Collection<Attributed> titles, java.util.function.Function<Attributed, String> attribute) {
        Map<String, java.util.Set<Long>> holders = new HashMap<>();
        for (Attributed t : titles) {
            String key = attribute.apply(t);
            holders.computeIfAbsent(key == null ? "" : key, k -> new java.util.HashSet<>()).add(t.enterpriseId());
        }
        return holders.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue().size()))
                .sorted(java.util.Comparator.comparingLong(Count::enterprises).reversed().thenComparing(Count::key)).toList();
    }

    private static Map<Long, Integer> firstYears(Collection<Held> titles) {
        Map<Long, Integer> first = new HashMap<>();
        for (Held t : titles) {
            if (t.status() != Title.Status.REVOKED) {
                first.merge(t.enterpriseId(), t.year(), Math::min);
            }
        }
        return first;
    }
}
