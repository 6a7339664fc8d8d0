package cn.tianjin.quality.bench;

import cn.tianjin.quality.review.AggregationMethod;
import cn.tianjin.quality.review.AssignmentProblem;
import cn.tianjin.quality.review.AssignmentSolver;
import cn.tianjin.quality.review.RoundResults;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricJson;
import cn.tianjin.quality.review.ScoreMath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Times assignment and aggregation on the data in a database filled by {@link ScaleData}: the min-cost-flow proposal
 * for the largest open round (all its entries against the whole expert pool, declared conflicts excluded), and the
 * results board (four aggregation methods, disagreement, ranking) for the round with the most submitted sheets.
 * Prints {@code name;millis;detail} lines for deploy/bench.sh.
 *
 * <p>Usage: {@code ScaleBench jdbcUrl user password}
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            assignment(c);
            aggregation(c);
        }
    }

    private static void assignment(Connection c) throws SQLException {
        long t0 = System.nanoTime();
        AssignmentSolver.nativeProblem().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        report("assignment native load", t0, "once per JVM");
        long round = single(c, "SELECT r.id FROM review_round r JOIN review_entry e ON e.round_id = r.id"
                + " WHERE r.stage <> 'CLOSED' GROUP BY r.id ORDER BY COUNT(*) DESC, r.id");
        t0 = System.nanoTime();
        AssignmentProblem.Builder b = AssignmentProblem.builder().panelSize(5).weights(AssignmentProblem.Weights.DEFAULT);
        Map<String, List<Long>> byCode = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.industry, n.credit_code FROM review_entry e"
                + " JOIN enterprise n ON n.id = e.enterprise_id WHERE e.round_id = ? ORDER BY e.id")) {
            p.setLong(1, round);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    b.entry(rs.getLong(1), rs.getString(2));
                    byCode.computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
        }
        int experts = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT user_id, max_load, industries, categories FROM expert_profile"
                + " WHERE available = TRUE ORDER BY user_id"); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                b.expert(rs.getLong(1), rs.getInt(2), Set.of(rs.getString(3).split(",")), Set.of(rs.getString(4).split(",")));
                experts++;
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT expert_user_id, credit_code FROM expert_conflict WHERE ended_at IS NULL");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                for (long entry : byCode.getOrDefault(rs.getString(2), List.of())) {
                    b.conflict(entry, rs.getLong(1));
                }
            }
        }
        AssignmentProblem problem = b.build();
        report("assignment read from database", t0, problem.entries().size() + " entries x " + experts + " experts");
        for (AssignmentSolver.Engine engine : AssignmentSolver.Engine.values()) {
            AssignmentSolver solver = new AssignmentSolver(engine);
            for (int run = 1; run <= 3; run++) {
                t0 = System.nanoTime();
                AssignmentSolver.Outcome outcome = solver.solve(problem);
                String engineName = engine == AssignmentSolver.Engine.OR_TOOLS ? "" : " (" + engine.label() + ")";
                report("assignment solve" + engineName + " run " + run, t0, outcome.assignment()
                        .map(a -> a.pairs().size() + " seats filled, cost " + a.scaledCost()).orElse("unfilled"));
            }
        }
    }

    private static void aggregation(Connection c) throws SQLException {
        long round = single(c, "SELECT round_id FROM score_sheet WHERE status = 'SUBMITTED' GROUP BY round_id"
                + " ORDER BY COUNT(*) DESC, round_id");
        long t0 = System.nanoTime();
        RubricDefinition rubric;
        try (PreparedStatement p = c.prepareStatement("SELECT v.definition FROM review_round r JOIN rubric_version v"
                + " ON v.id = r.rubric_version_id WHERE r.id = ?")) {
            p.setLong(1, round);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                rubric = RubricJson.read(rs.getString(1));
            }
        }
        Map<String, Integer> points = new HashMap<>();
        rubric.items().forEach(i -> points.put(i.code(), i.points()));
        List<RoundResults.EntryInput> entries = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, submitted_at FROM review_entry WHERE round_id = ? ORDER BY id")) {
            p.setLong(1, round);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    entries.add(new RoundResults.EntryInput(rs.getLong(1),
                            rs.getTimestamp(2).toLocalDateTime().atZone(ZoneId.of("Asia/Shanghai")).toInstant(), null));
                }
            }
        }
        Map<Long, long[]> sheetOwner = new LinkedHashMap<>();
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT s.id, s.entry_id, s.expert_user_id, i.item_code, i.percent"
                + " FROM score_sheet s JOIN score_item i ON i.sheet_id = s.id WHERE s.round_id = ? AND s.status = 'SUBMITTED'"
                + " ORDER BY s.id, i.id")) {
            p.setLong(1, round);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long sheet = rs.getLong(1);
                    sheetOwner.putIfAbsent(sheet, new long[] {rs.getLong(2), rs.getLong(3)});
                    scores.computeIfAbsent(sheet, k -> new HashMap<>())
                            .put(rs.getString(4), ScoreMath.itemScore(points.get(rs.getString(4)), rs.getInt(5)));
                }
            }
        }
        List<RoundResults.SheetInput> sheets = new ArrayList<>();
        sheetOwner.forEach((id, owner) -> sheets.add(new RoundResults.SheetInput(owner[0], owner[1], scores.get(id))));
        report("aggregation read from database", t0, sheets.size() + " sheets of " + entries.size() + " entries");
        for (int run = 1; run <= 3; run++) {
            t0 = System.nanoTime();
            RoundResults results = RoundResults.standard(rubric, entries, sheets);
            int rows = results.rows().size();
            int ranked = results.ranking(AggregationMethod.TRIMMED).size();
            report("aggregation board run " + run, t0, rows + " rows, " + ranked + " ranked");
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no data: " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static void report(String name, long startNanos, String detail) {
        System.out.printf("%s;%d;%s%n", name, (System.nanoTime() - startNanos) / 1_000_000, detail);
    }
}
