package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.tables.CsvReader;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRecord;
import cn.tianjin.quality.platform.tables.TableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses the CSV file an official uploads to add entries to the serious dishonesty list.
 *
 * <p>The whole file is checked before anything is imported: the caller imports {@link Result#rows()}
 * only when {@link Result#ok()}, and otherwise shows every {@link RowError} at once so the official
 * can fix the spreadsheet in one pass.
 *
 * <p>Format: a header row naming the columns in English or Chinese, in any order (unknown columns
 * are ignored, so a 序号 column does no harm); RFC 4180 quoting; UTF-8 with or without BOM, or
 * GB18030, which is what Excel on a Chinese Windows writes by default.
 */
public final class CreditCsv {

    public static final int MAX_ROWS = 10_000;

    public static final String EMPTY = "csv.empty";
    public static final String MISSING_COLUMN = "csv.missingColumn";
    public static final String DUPLICATE_COLUMN = "csv.duplicateColumn";
    public static final String REQUIRED = "csv.required";
    public static final String DATE = "csv.date";
    public static final String DUPLICATE = "csv.duplicate";
    public static final String TOO_MANY_ROWS = "csv.tooManyRows";
    public static final String UNCLOSED_QUOTE = "csv.unclosedQuote";



    private CreditCsv() {
    }

    /** The columns the import understands; {@link #header()} is the canonical (English) name. */
    public enum Column {
        CODE("code", "统一社会信用代码", true, "creditcode"),
        NAME("name", "企业名称", true),
        REASON("reason", "失信原因", true),
        SOURCE("source", "文书", true, "sourcedocument"),
        LISTED_ON("listed_on", "列入日期", true),
        REMOVAL_ON("removal_on", "移出日期", false);

        private final String header;
        private final String chineseHeader;
        private final boolean required;
        private final List<String> aliases;

        Column(String header, String chineseHeader, boolean required, String... extraAliases) {
            this.header = header;
            this.chineseHeader = chineseHeader;
            this.required = required;
            List<String> all = new ArrayList<>();
            all.add(TableText.headerKey(header));
            all.add(TableText.headerKey(chineseHeader));
            for (String alias : extraAliases) {
                all.add(TableText.headerKey(alias));
            }
            this.aliases = List.copyOf(all);
        }

        public String header() {
            return header;
        }

        public String chineseHeader() {
            return chineseHeader;
        }

        public boolean required() {
            return required;
        }

        /** {0}=English header, {1}=Chinese header: the first arguments of every column message. */
        Object[] nameArgs(Object... more) {
            Object[] args = new Object[2 + more.length];
            args[0] = header;
            args[1] = chineseHeader;
            System.arraycopy(more, 0, args, 2, more.length);
            return args;
        }

        static Optional<Column> forHeader(String text) {
            String key = TableText.headerKey(text);
            for (Column column : values()) {
                if (column.aliases.contains(key)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One valid entry, ready to import.
     *
     * @param line      physical line (1-based) where the record starts
     * @param code      normalised credit code
     * @param removalOn the given removal day, or the default of three years after listing
     */
    public record Row(int line, String code, String name, String reason, String source, LocalDate listedOn,
            LocalDate removalOn) {

        public DishonestyPeriod period() {
            return new DishonestyPeriod(listedOn, removalOn, null);
        }
    }

        /** Valid rows and all problems found; rows with a problem are left out of {@link #rows()}. */
    public record Result(List<Row> rows, List<RowError> errors) {

        public Result {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Parses and validates a whole upload.
     *
     * @param content the raw file
     * @param today   the import day, for rejecting listings dated in the future
     */
    public static Result parse(byte[] content, LocalDate today) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(today, "today");
        return new Parser(TableText.decode(content), today).parse();
    }

    private static final class Parser {

        private final CsvReader reader;
        private final LocalDate today;
        private final List<Row> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final Map<String, List<Row>> rowsByCode = new HashMap<>();
        private final Map<Column, Integer> positions = new EnumMap<>(Column.class);

        Parser(String text, LocalDate today) {
            this.reader = new CsvReader(text);
            this.today = today;
        }

        Result parse() {
            TableRecord header = nextNonBlank();
            if (header == null) {
                errors.add(RowError.of(1, null, EMPTY));
                return result();
            }
            if (header.unclosedQuote()) {
                errors.add(RowError.of(header.line(), null, UNCLOSED_QUOTE));
                return result();
            }
            if (!readHeader(header)) {
                return result();
            }
            int count = 0;
            for (TableRecord record = nextNonBlank(); record != null; record = nextNonBlank()) {
                if (++count > MAX_ROWS) {
                    errors.add(RowError.of(record.line(), null, TOO_MANY_ROWS, MAX_ROWS));
                    return result();
                }
                if (record.unclosedQuote()) {
                    // The quote swallowed the rest of the file, so nothing after it can be trusted.
                    errors.add(RowError.of(record.line(), null, UNCLOSED_QUOTE));
                    return result();
                }
                readRow(record);
            }
            if (count == 0) {
                errors.add(RowError.of(header.line(), null, EMPTY));
            }
            return result();
        }

        private Result result() {
            return new Result(rows, errors);
        }

        private TableRecord nextNonBlank() {
            TableRecord record = reader.next();
            while (record != null && record.blank() && !record.unclosedQuote()) {
                record = reader.next();
            }
            return record;
        }

        private boolean readHeader(TableRecord header) {
            boolean ok = true;
            List<String> names = header.fields();
            for (int i = 0; i < names.size(); i++) {
                Optional<Column> column = Column.forHeader(names.get(i));
                if (column.isEmpty()) {
                    continue;
                }
                if (positions.putIfAbsent(column.get(), i) != null) {
                    errors.add(columnError(header.line(), column.get(), DUPLICATE_COLUMN));
                    ok = false;
                }
            }
            for (Column column : Column.values()) {
                if (column.required() && !positions.containsKey(column)) {
                    errors.add(columnError(header.line(), column, MISSING_COLUMN));
                    ok = false;
                }
            }
            return ok;
        }

        private void readRow(TableRecord record) {
            int errorsBefore = errors.size();
            int line = record.line();

            String code = null;
            String rawCode = value(record, Column.CODE);
            if (rawCode.isEmpty()) {
                errors.add(columnError(line, Column.CODE, REQUIRED));
            } else {
                CreditCode.Check check = CreditCode.check(rawCode);
                if (check.valid()) {
                    code = check.code();
                } else {
                    errors.add(RowError.of(line, Column.CODE.header(), check.messageKey(), check.messageArgs()));
                }
            }
            String name = required(record, Column.NAME);
            String reason = required(record, Column.REASON);
            String source = required(record, Column.SOURCE);

            LocalDate listedOn = null;
            String rawListed = value(record, Column.LISTED_ON);
            if (rawListed.isEmpty()) {
                errors.add(columnError(line, Column.LISTED_ON, REQUIRED));
            } else {
                listedOn = date(line, Column.LISTED_ON, rawListed);
            }
            LocalDate removalOn = null;
            boolean removalOk = true;
            String rawRemoval = value(record, Column.REMOVAL_ON);
            if (!rawRemoval.isEmpty()) {
                removalOn = date(line, Column.REMOVAL_ON, rawRemoval);
                removalOk = removalOn != null;
            }

            if (listedOn != null && removalOk) {
                Optional<String> problem = DishonestyPeriod.problem(listedOn, removalOn, today);
                if (problem.isPresent()) {
                    errors.add(periodError(line, problem.get(), listedOn, removalOn));
                } else if (removalOn == null) {
                    removalOn = DishonestyPeriod.defaultRemoval(listedOn);
                }
            }
            if (errors.size() > errorsBefore) {
                return;
            }

            Row row = new Row(line, code, name, reason, source, listedOn, removalOn);
            List<Row> sameCode = rowsByCode.computeIfAbsent(code, c -> new ArrayList<>());
            for (Row earlier : sameCode) {
                if (earlier.period().overlaps(row.period())) {
                    errors.add(RowError.of(line, Column.CODE.header(), DUPLICATE, earlier.line(), code));
                    return;
                }
            }
            sameCode.add(row);
            rows.add(row);
        }

        private String value(TableRecord record, Column column) {
            Integer position = positions.get(column);
            return position == null ? "" : TableText.clean(record.field(position));
        }

        private String required(TableRecord record, Column column) {
            String value = value(record, column);
            if (value.isEmpty()) {
                errors.add(columnError(record.line(), column, REQUIRED));
                return null;
            }
            return value;
        }

        private LocalDate date(int line, Column column, String raw) {
            Optional<LocalDate> date = TableText.parseDate(raw);
            if (date.isEmpty()) {
                errors.add(RowError.of(line, column.header(), DATE, column.nameArgs(raw)));
                return null;
            }
            return date.get();
        }

        private static RowError periodError(int line, String key, LocalDate listedOn, LocalDate removalOn) {
            if (DishonestyPeriod.LISTED_IN_FUTURE.equals(key)) {
                return RowError.of(line, Column.LISTED_ON.header(), key, listedOn);
            }
            return RowError.of(line, Column.REMOVAL_ON.header(), key, removalOn, listedOn);
        }

        private static RowError columnError(int line, Column column, String key) {
            return RowError.of(line, column.header(), key, column.nameArgs());
        }
    }
}
