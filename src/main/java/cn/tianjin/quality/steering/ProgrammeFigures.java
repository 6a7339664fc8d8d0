package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.publication.Holders;
import cn.tianjin.quality.publication.TitleScheme;
import cn.tianjin.quality.publication.TitleSchemes;
import cn.tianjin.quality.publication.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The programmes' title holders by district, industry, size and year: one table per attribute, a column per programme
 * that gives titles, each number the count of distinct enterprises whose titles count (revoked ones left out) and a
 * link to those titles in the officials' list.
 */
@ApplicationScoped
public class ProgrammeFigures {
    /** The attributes, as the titles list names its filters. */
    public static final List<String> DIMENSIONS = List.of("district", "industry", "size", "year");

    @Inject
    TitleService titles;

    @Inject
    TitleSchemes schemes;

    public record Cell(long enterprises, String link) implements Serializable {
    }

    /** A value's counts per programme, and their sum (an enterprise holding titles of two programmes counts in each). */
    public record Line(String key, List<Cell> cells, long total) implements Serializable {
    }

    /** One attribute's table: the programmes in column order and a line per value. */
    public record Table(String dimension, List<String> programmes, List<Line> lines) implements Serializable {
        /** The largest sum of a line: the full length of the bars drawn beside the sums. */
        public long max() {
            return lines.stream().mapToLong(Line::total).max().orElse(0);
        }
    }

    public List<Table> tables(Actor actor) {
        actor.requireStaff("reading the programmes' figures");
        List<String> programmes = schemes.all().stream().map(TitleScheme::code).toList();
        Map<String, List<Holders.Attributed>> counted = new HashMap<>();
        programmes.forEach(p -> counted.put(p, titles.counted(p)));
        List<Table> out = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            out.add(table(dimension, programmes, counted, attribute(dimension)));
        }
        return out;
    }

    static Table table(String dimension, List<String> programmes, Map<String, List<Holders.Attributed>> counted,
                       Function<Holders.Attributed, String> attribute) {
        Map<String, Map<String, Long>> byProgramme = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (String p : programmes) {
            Map<String, Long> counts = new HashMap<>();
            for (Holders.Count c : Holders.by(counted.getOrDefault(p, List.of()), attribute)) {
                counts.put(c.key(), c.enterprises());
                totals.merge(c.key(), c.enterprises(), Long::sum);
            }
            byProgramme.put(p, counts);
        }
        Comparator<String> order = dimension.equals("year") ? Comparator.<String>reverseOrder()
                : Comparator.<String, Long>comparing(totals::get).reversed().thenComparing(Comparator.naturalOrder());
        List<Line> lines = new ArrayList<>();
        for (String key : new LinkedHashSet<>(totals.keySet().stream().sorted(order).toList())) {
            List<Cell> cells = new ArrayList<>();
            for (String p : programmes) {
                long n = byProgramme.get(p).getOrDefault(key, 0L);
                cells.add(new Cell(n, n == 0 || key.isEmpty() ? null
                        : "/official/titles" + ExportList.query("programme", p, dimension, key, "counted", "1")));
            }
            lines.add(new Line(key, cells, totals.get(key)));
        }
        return new Table(dimension, programmes, lines);
    }

    private static Function<Holders.Attributed, String> attribute(String dimension) {
        return switch (dimension) {
            case "district" -> Holders.Attributed::district;
            case "industry" -> Holders.Attributed::industry;
            case "size" -> Holders.Attributed::size;
            default -> t -> String.valueOf(t.year());
        };
    }
}
