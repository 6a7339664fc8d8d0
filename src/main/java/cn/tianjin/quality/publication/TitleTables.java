package cn.tianjin.quality.publication;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.tables.Columns;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRecord;
import cn.tianjin.quality.platform.tables.TableRows;
import cn.tianjin.quality.platform.tables.TableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of titles a programme gave before the portal, as officials upload it from the bureau's files: read row by
 * row with every problem reported (line, column, reason) before anything is stored. Whether the enterprise is in the
 * register and the title not recorded already is checked by the service after this.
 */
public final class TitleTables {
    public static final int MAX_ROWS = 5_000;
    static final int NAME_MAX = 200;
    static final int NUMBER_MAX = 60;
    static final int DOCUMENT_MAX = 100;

    public enum Column implements Columns.Spec {
        CODE(new Columns.Header("creditCode", "统一社会信用代码", true)),
        NAME(new Columns.Header("enterpriseName", "企业名称", true)),
        SUBJECT(new Columns.Header("subject", "表彰事项", true)),
        LEVEL(new Columns.Header("level", "称号", true)),
        YEAR(new Columns.Header("year", "年度", true)),
        CERTIFICATE(new Columns.Header("certificateNumber", "证书编号", false)),
        APPROVAL(new Columns.Header("approvalDocument", "批准文件", true)),
        PUBLISHED_ON(new Columns.Header("publishedOn", "发布日期", true)),
        VALID_UNTIL(new Columns.Header("validUntil", "有效期至", false));

        private final Columns.Header spec;

        Column(Columns.Header spec) {
            this.spec = spec;
        }

        @Override
        public Columns.Header spec() {
            return spec;
        }
    }

    /** One title as the file gives it, checked in itself. */
    public record Row(int line, String creditCode, String enterpriseName, String subject, String level, int year,
                      String certificateNumber, String approvalDocument, LocalDate publishedOn, LocalDate validUntil) {
    }

    public record Parsed(List<Row> rows, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private TitleTables() {
    }

    /**
     * Reads the table. {@code levels} maps each way of writing a level the programme accepts (its code, its names in
     * both languages) to the level's code; a title is for a year from {@link CertificateSerial#FIRST_YEAR} to this one,
     * published in that year or after, and lapses, if at all, after its publication. One enterprise, level and year
     * twice is a problem of the second line.
     */
    public static Parsed read(List<TableRecord> records, Map<String, String> levels, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Optional<TableRows.Body<Column>> body = TableRows.body(Column.class, records, MAX_ROWS, errors);
        if (body.isEmpty()) {
            return new Parsed(rows, errors);
        }
        Map<String, String> accepted = new HashMap<>();
        levels.forEach((name, code) -> accepted.put(key(name), code));
        Columns<Column> cols = body.get().columns();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRecord r : body.get().records()) {
            int before = errors.size();
            int line = r.line();
            String code = CreditCode.fromCell(line, cols.value(r, Column.CODE), Column.CODE, errors);
            String name = TableRows.required(r, cols.value(r, Column.NAME), Column.NAME, NAME_MAX, errors);
            String subject = TableRows.required(r, cols.value(r, Column.SUBJECT), Column.SUBJECT, NAME_MAX, errors);
            String rawLevel = cols.value(r, Column.LEVEL);
            String level = accepted.get(key(rawLevel));
            if (rawLevel.isEmpty()) {
                errors.add(TableRows.error(line, Column.LEVEL, "csv.required"));
            } else if (level == null) {
                errors.add(TableRows.error(line, Column.LEVEL, "title.import.level", rawLevel,
                        String.join("、", levels.keySet().stream().filter(k -> !k.equals(levels.get(k))).sorted().toList())));
            }
            Integer year = TableRows.whole(r, cols.value(r, Column.YEAR), Column.YEAR, errors);
            if (year != null && (year < CertificateSerial.FIRST_YEAR || year > today.getYear())) {
                errors.add(TableRows.error(line, Column.YEAR, "title.import.year", year, CertificateSerial.FIRST_YEAR,
                        today.getYear()));
                year = null;
            }
            String number = cols.value(r, Column.CERTIFICATE);
            if (number.codePointCount(0, number.length()) > NUMBER_MAX) {
                errors.add(TableRows.error(line, Column.CERTIFICATE, TableRows.TOO_LONG, NUMBER_MAX));
            }
            String approval = TableRows.required(r, cols.value(r, Column.APPROVAL), Column.APPROVAL, DOCUMENT_MAX, errors);
            LocalDate published = TableRows.date(r, cols.value(r, Column.PUBLISHED_ON), Column.PUBLISHED_ON, today, errors);
            if (published != null && year != null && published.getYear() < year) {
                errors.add(TableRows.error(line, Column.PUBLISHED_ON, "title.import.publishedBeforeYear", year));
            }
            LocalDate until = null;
            String rawUntil = cols.value(r, Column.VALID_UNTIL);
            if (!rawUntil.isEmpty()) {
                until = TableRows.date(r, rawUntil, Column.VALID_UNTIL, null, errors);
                if (until != null && published != null && !until.isAfter(published)) {
                    errors.add(TableRows.error(line, Column.VALID_UNTIL, "title.import.untilBeforePublished"));
                }
            }
            if (errors.size() == before) {
                Integer first = seen.putIfAbsent(code + ":" + level + ":" + year, line);
                if (first != null) {
                    errors.add(RowError.of(line, null, TableRows.DUPLICATE_ROW, first));
                } else {
                    rows.add(new Row(line, code, name, subject, level, year, number.isEmpty() ? null : number, approval,
                            published, until));
                }
            }
        }
        return new Parsed(rows, errors);
    }

    private static String key(String text) {
        return TableText.clean(text).replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
