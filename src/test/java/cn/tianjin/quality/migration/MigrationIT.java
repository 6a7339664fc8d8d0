package cn.tianjin.quality.migration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.audit.AuditChain;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The move of the Quality Award's tables into the shared workflow (V19) loses nothing: a database at V18 is filled with
 * the demo data or the scale data of size M (dumped from V18 by {@link TableDump}), migrated to today's last
 * migration, and compared: row counts, application statuses, titles and serials, objections, the self-scores now kept
 * in self-assessments, and the audit chain, which must still verify. On H2 (the demo) and on MariaDB (production), from
 * the same sql/ files.
 */
class MigrationIT {
    /** The version the fixtures were dumped at. */
    private static final String DUMPED_AT = "18";

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"v18-demo, H2", "v18-demo, MARIADB", "v18-scale-m, H2", "v18-scale-m, MARIADB"})
    void aFilledDatabaseMigratesWithNothingLost(String dump, String database) throws Exception {
        boolean h2 = database.equals("H2");
        String url = h2
                ? "jdbc:h2:mem:migration-" + dump + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1"
                : "jdbc:mysql://" + System.getProperty("it.db.host", "127.0.0.1") + ":" + System.getProperty("it.db.port", "3307")
                        + "/" + System.getProperty("it.db.migration", "quality_migration")
                        + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=Asia/Shanghai&rewriteBatchedStatements=true";
        String user = h2 ? "sa" : System.getProperty("it.db.user", "quality");
        String password = h2 ? "" : System.getProperty("it.db.password", "quality-test");

        Flyway atDump = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(DUMPED_AT).cleanDisabled(false).load();
        atDump.clean();
        atDump.migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (InputStream in = getClass().getResourceAsStream("/migration/" + dump + ".tsv.gz")) {
                assertThat(in).as(dump).isNotNull();
                TableDump.load(c, in, h2);
            }
            Map<Long, List<Integer>> selfScores = plantSelfScores(c);
            Facts before = Facts.atV18(c);

            var migrated = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
            assertThat(migrated.success).isTrue();
            assertThat(migrated.migrationsExecuted).isPositive();

            Facts after = Facts.now(c);
            assertThat(after.counts).as("rows of every kind").isEqualTo(before.counts);
            assertThat(after.statuses).as("application statuses").isEqualTo(before.statuses);
            assertThat(after.titles).as("titles: serial, holder, level, status").isEqualTo(before.titles);
            assertThat(after.objections).as("objections: reference, status, entry").isEqualTo(before.objections);
            assertThat(after.attachments).as("attachments still lead to their records").isEqualTo(before.attachments);
            assertThat(selfScores(c)).as("self-scores, now in the self-assessments the applications name").isEqualTo(selfScores);
            assertThat(firstBroken(c)).as("the audit chain still verifies").isEmpty();
            assertThat(after.auditHead).as("the audit chain's head is untouched").isEqualTo(before.auditHead);
        }
    }

    /**
     * Self-scores on the first two applications (the dumps hold none, as V18's applicants seldom gave them): four items
     * of the demo campaigns' rubric (GB/T 19580) each, and one item left blank. Returns the scores given, by application,
     * in item order.
     */
    private static Map<Long, List<Integer>> plantSelfScores(Connection c) throws SQLException {
        Map<Long, List<Integer>> given = new TreeMap<>();
        List<Long> apps = longs(c, "SELECT id FROM award_application ORDER BY id LIMIT 2");
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO award_self_score (application_id, item_code, percent, version) VALUES (?, ?, ?, 0)")) {
            int n = 0;
            for (Long app : apps) {
                List<Integer> percents = new ArrayList<>();
                for (String item : List.of("4.1.1", "4.1.2", "4.2.1", "4.2.2", "4.3.1")) {
                    Integer percent = item.equals("4.3.1") ? null : 10 * (3 + n++ % 7);
                    insert.setLong(1, app);
                    insert.setString(2, item);
                    insert.setObject(3, percent);
                    insert.addBatch();
                    if (percent != null) {
                        percents.add(percent);
                    }
                }
                given.put(app, percents);
            }
            insert.executeBatch();
        }
        return given;
    }

    /** The self-assessment items of the assessment each application names, by application, in item order. */
    private static Map<Long, List<Integer>> selfScores(Connection c) throws SQLException {
        Map<Long, List<Integer>> found = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT l.application_id, i.percent"
                + " FROM award_self_assessment l JOIN self_assessment_item i ON i.assessment_id = l.self_assessment_id"
                + " WHERE i.percent IS NOT NULL ORDER BY l.application_id, i.item_code")) {
            while (r.next()) {
                found.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getInt(2));
            }
        }
        return found;
    }

    /** The facts the move must keep, read from V18's tables before it or from the workflow's tables after it. */
    private record Facts(Map<String, Long> counts, Map<Long, String> statuses, List<String> titles, List<String> objections,
                         List<String> attachments, String auditHead) {

        static Facts atV18(Connection c) throws SQLException {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("campaigns", count(c, "award_campaign"));
            counts.put("applications", count(c, "award_application"));
            counts.put("sections", count(c, "award_narrative"));
            counts.put("checks", count(c, "award_eligibility"));
            counts.put("titles", count(c, "award_title"));
            counts.put("objections", count(c, "award_objection"));
            counts.put("revocation cases", count(c, "award_revocation_case"));
            counts.put("displays", one(c, "SELECT COUNT(*) FROM award_campaign WHERE display_from IS NOT NULL"));
            counts.put("notices", count(c, "notice"));
            counts.put("credit events", count(c, "credit_event"));
            counts.put("review entries", count(c, "review_entry"));
            counts.put("audit rows", count(c, "audit_entry"));
            return new Facts(counts, pairs(c, "SELECT id, status FROM award_application"),
                    lines(c, "SELECT serial, credit_code, level, status, revoked_on FROM award_title ORDER BY serial"),
                    lines(c, "SELECT reference, status, application_id FROM award_objection ORDER BY reference"),
                    lines(c, "SELECT owner_type, owner_id, file_name FROM attachment ORDER BY id"),
                    head(c));
        }

        static Facts now(Connection c) throws SQLException {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("campaigns", one(c, "SELECT COUNT(*) FROM campaign WHERE programme = 'AWARD'"));
            counts.put("applications", count(c, "application"));
            counts.put("sections", count(c, "application_section"));
            counts.put("checks", count(c, "eligibility_item"));
            counts.put("titles", one(c, "SELECT COUNT(*) FROM title WHERE programme = 'AWARD'"));
            counts.put("objections", count(c, "objection"));
            counts.put("revocation cases", count(c, "revocation_case"));
            counts.put("displays", count(c, "public_display"));
            counts.put("notices", count(c, "notice"));
            counts.put("credit events", count(c, "credit_event"));
            counts.put("review entries", count(c, "review_entry"));
            counts.put("audit rows", count(c, "audit_entry"));
            return new Facts(counts, pairs(c, "SELECT id, status FROM application"),
                    lines(c, "SELECT serial, credit_code, level, status, revoked_on FROM title ORDER BY serial"),
                    lines(c, "SELECT o.reference, o.status, e.ref_id FROM objection o JOIN display_entry e ON e.id = o.entry_id"
                            + " ORDER BY o.reference"),
                    lines(c, "SELECT CASE owner_type WHEN 'application' THEN 'award-application'"
                            + " WHEN 'recommendation-letter' THEN 'award-recommendation'"
                            + " WHEN 'objection' THEN 'award-objection' ELSE owner_type END, owner_id, file_name FROM attachment ORDER BY id"),
                    head(c));
        }
    }

    /** Where the chain breaks, read row by row as the portal's own verification reads it; empty when it holds. */
    private static List<Long> firstBroken(Connection c) throws SQLException {
        List<AuditChain.AuditRecord> chain = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT chain_seq, occurred_at, actor, actor_role,"
                + " object_type, object_id, action, summary, hash FROM audit_entry WHERE chain_seq IS NOT NULL ORDER BY chain_seq")) {
            while (r.next()) {
                Timestamp at = r.getTimestamp(2);
                chain.add(new AuditChain.AuditRecord(r.getLong(1), at.toLocalDateTime().atZone(PortalConfig.ZONE).toInstant(),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
            }
        }
        assertThat(chain).as("audit rows in the chain").isNotEmpty();
        var broken = AuditChain.firstBroken(chain);
        return broken.isPresent() ? List.of(broken.getAsLong()) : List.of();
    }

    private static String head(Connection c) throws SQLException {
        return lines(c, "SELECT last_id, last_hash FROM audit_head").toString();
    }

    private static long count(Connection c, String table) throws SQLException {
        return one(c, "SELECT COUNT(*) FROM " + table);
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    private static Map<Long, String> pairs(Connection c, String sql) throws SQLException {
        Map<Long, String> values = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.put(r.getLong(1), r.getString(2));
            }
        }
        return values;
    }

    /** Each row as its columns joined by tabs. */
    private static List<String> lines(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? "\t" : "").append(r.getString(i));
                }
                values.add(line.toString());
            }
        }
        return values;
    }
}
