package cn.tianjin.quality.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.publication.CertificateSerial;
import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.enterprise.NameGrams;
import cn.tianjin.quality.platform.audit.AuditChain;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The benchmark's data generator writes the same valid rows for the same seed (tiny size, H2 in memory). */
class ScaleDataTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<String> TABLES = List.of("enterprise", "user_account", "expert_conflict", "dishonesty_entry",
            "campaign", "application", "review_round", "review_entry", "review_assignment", "score_sheet",
            "score_item", "title", "notice", "audit_entry", "credit_event");

    @Test
    void sameSeedWritesTheSameRowsAndAnotherSeedDoesNot() throws Exception {
        String first = digest(ScaleData.DEFAULT_SEED);
        String again = digest(ScaleData.DEFAULT_SEED);
        String other = digest(ScaleData.DEFAULT_SEED + 1);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void rowsKeepTheDomainRules() throws Exception {
        try (Connection c = freshDatabase()) {
            Map<String, Integer> counts = ScaleData.fill(c, ScaleData.Size.T, ScaleData.DEFAULT_SEED);
            assertThat(counts).containsEntry("enterprise", 60).containsEntry("audit_entry", 300);
            assertThat(counts.get("score_sheet")).isGreaterThanOrEqualTo(200);

            for (String code : column(c, "SELECT credit_code FROM enterprise")) {
                assertThat(CreditCode.isValid(code)).as(code).isTrue();
            }
            // The search finds a generated enterprise by name only through the keys the portal itself would store.
            var stored = new java.util.HashMap<Long, java.util.Set<Integer>>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT enterprise_id, gram FROM enterprise_name_gram")) {
                while (rs.next()) {
                    stored.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getInt(2));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM enterprise")) {
                while (rs.next()) {
                    assertThat(stored.get(rs.getLong(1))).as(rs.getString(2)).containsExactlyInAnyOrderElementsOf(
                            java.util.Arrays.stream(NameGrams.ofName(rs.getString(2))).boxed().toList());
                }
            }
            List<String> serials = column(c, "SELECT serial FROM title");
            assertThat(serials).isNotEmpty().allMatch(CertificateSerial::isWellFormed);
            // Quotas are ceilings: at most five of each level per campaign.
            assertThat(column(c, "SELECT COUNT(*) FROM title GROUP BY campaign_id, level")).allMatch(n -> Integer.parseInt(n) <= 5);

            var verifier = new AuditChain.Verifier();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT chain_seq, occurred_at, actor,"
                    + " actor_role, object_type, object_id, action, summary, hash FROM audit_entry ORDER BY chain_seq")) {
                while (rs.next()) {
                    verifier.accept(new AuditChain.AuditRecord(rs.getLong(1),
                            rs.getTimestamp(2).toLocalDateTime().atZone(ZoneId.of("Asia/Shanghai")).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            assertThat(verifier.intact()).isTrue();
            assertThat(verifier.checked()).isEqualTo(300);
            assertThat(column(c, "SELECT last_hash FROM audit_head")).containsExactly(verifier.lastHash());

            // Every sheet sits on a seat of its own round and entry, and no seat is held by a conflicted expert.
            assertThat(column(c, "SELECT COUNT(*) FROM score_sheet s JOIN review_assignment a ON a.id = s.assignment_id"
                    + " WHERE a.round_id <> s.round_id OR a.entry_id <> s.entry_id OR a.expert_user_id <> s.expert_user_id"))
                    .containsExactly("0");
            assertThat(column(c, "SELECT COUNT(*) FROM review_assignment a JOIN review_entry e ON e.id = a.entry_id"
                    + " JOIN enterprise n ON n.id = e.enterprise_id JOIN expert_conflict x ON x.expert_user_id = a.expert_user_id"
                    + " AND x.credit_code = n.credit_code")).containsExactly("0");
            // Experts who will be benchmarked have an open draft to save.
            assertThat(column(c, "SELECT COUNT(*) FROM score_sheet WHERE status = 'DRAFT'").get(0)).isNotEqualTo("0");
        }
    }

    private static String digest(long seed) throws Exception {
        try (Connection c = freshDatabase()) {
            ScaleData.fill(c, ScaleData.Size.T, seed);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : TABLES) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            sha.update(String.valueOf(rs.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    private static Connection freshDatabase() throws SQLException {
        String url = "jdbc:h2:mem:scale" + DATABASES.incrementAndGet()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1";
        ScaleData.migrate(url, "sa", "");
        return DriverManager.getConnection(url, "sa", "");
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
