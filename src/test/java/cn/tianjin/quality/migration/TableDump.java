package cn.tianjin.quality.migration;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Every row of a database as a portable text file, and back: how the migration tests keep a database as it stood at
 * an earlier migration (filled by the code of that day) and load it into H2 or MariaDB alike. One table after another:
 * a line {@code #table name}, a line {@code #columns name:type ...} (JDBC type codes), then one line per row, values
 * separated by tabs, {@code \N} for null, and tab, newline, carriage return and backslash escaped. Flyway's own history
 * is left out: the loader migrates the empty schema to the same version first.
 *
 * <p>Usage: {@code TableDump jdbcUrl user password out.tsv.gz} writes a dump.
 */
public final class TableDump {
    private static final String NULL = "\\N";

    private TableDump() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[3])))) {
            write(c, out);
        }
    }

    /** Writes every table but Flyway's history, rows ordered by their first column. */
    public static void write(Connection c, OutputStream out) throws SQLException, IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String table : tables(c)) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                ResultSetMetaData m = r.getMetaData();
                w.write("#table " + table + "\n#columns");
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    w.write(" " + m.getColumnName(i).toLowerCase(Locale.ROOT) + ":" + m.getColumnType(i));
                }
                w.write("\n");
                while (r.next()) {
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        if (i > 1) {
                            w.write('\t');
                        }
                        w.write(text(r, i, m.getColumnType(i)));
                    }
                    w.write('\n');
                }
            }
        }
        w.flush();
    }

    /** The tables of the connection's schema, Flyway's history left out. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet r = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (r.next()) {
                String name = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals("flyway_schema_history")) {
                    tables.add(name);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    private static String text(ResultSet r, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> r.getObject(i, LocalDateTime.class);
            case Types.DATE -> r.getObject(i, LocalDate.class);
            case Types.BOOLEAN, Types.BIT -> r.getObject(i) == null ? null : r.getBoolean(i);
            default -> r.getObject(i);
        };
        if (v == null) {
            return NULL;
        }
        String s = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /**
     * Loads a dump into a schema already migrated to the dump's version: every table of the dump is emptied first
     * (the migrations' own reference rows come back from the dump), with foreign keys unchecked while loading.
     *
     * @return the number of rows loaded per table, in the dump's order
     */
    public static java.util.Map<String, Integer> load(Connection c, InputStream gz, boolean h2) throws SQLException, IOException {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            s.execute(h2 ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET FOREIGN_KEY_CHECKS = 0");
            String line;
            String table = null;
            String[] names = null;
            int[] types = null;
            PreparedStatement insert = null;
            int pending = 0;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#table ")) {
                    if (insert != null) {
                        insert.executeBatch();
                        insert.close();
                    }
                    table = line.substring(7);
                    counts.put(table, 0);
                    s.executeUpdate("DELETE FROM " + table);
                } else if (line.startsWith("#columns")) {
                    String[] cols = line.substring(9).split(" ");
                    names = new String[cols.length];
                    types = new int[cols.length];
                    for (int i = 0; i < cols.length; i++) {
                        names[i] = cols[i].substring(0, cols[i].indexOf(':'));
                        types[i] = Integer.parseInt(cols[i].substring(cols[i].indexOf(':') + 1));
                    }
                    insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                            + "?, ".repeat(names.length - 1) + "?)");
                } else {
                    String[] values = line.split("\t", -1);
                    for (int i = 0; i < names.length; i++) {
                        Object v = value(values[i], types[i]);
                        if (!h2 && v instanceof LocalDateTime t) {
                            // As text: Connector/J drops the fractional seconds of a timestamp parameter on MariaDB,
                            // and the audit chain hashes the microseconds the dump holds.
                            insert.setString(i + 1, t.toString().replace('T', ' '));
                        } else {
                            insert.setObject(i + 1, v);
                        }
                    }
                    insert.addBatch();
                    counts.merge(table, 1, Integer::sum);
                    if (++pending % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            if (insert != null) {
                insert.executeBatch();
                insert.close();
            }
            s.execute(h2 ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET FOREIGN_KEY_CHECKS = 1");
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
        return counts;
    }

    private static Object value(String text, int type) {
        if (NULL.equals(text)) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                b.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                b.append(ch);
            }
        }
        String s = b.toString();
        return switch (type) {
            case Types.BIGINT -> Long.valueOf(s);
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Integer.valueOf(s);
            case Types.BOOLEAN, Types.BIT -> Boolean.valueOf(s);
            case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(s);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> LocalDateTime.parse(s);
            case Types.DATE -> LocalDate.parse(s);
            default -> s;
        };
    }
}
