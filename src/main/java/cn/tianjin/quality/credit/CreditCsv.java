package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.CreditCode;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

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
            all.add(headerKey(header));
            all.add(headerKey(chineseHeader));
            for (String alias : extraAliases) {
                all.add(headerKey(alias));
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
            String key = headerKey(text);
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

    /**
     * One problem, to be shown with its line so the official can find it in the spreadsheet.
     *
     * @param line       physical line (1-based) where the offending record starts; the header's
     *                   line for column problems; 1 for an empty file
     * @param column     canonical column name ({@link Column#header()}), or {@code null} when the
     *                   problem concerns the file or a whole record
     * @param messageKey bundle key
     * @param args       {@link java.text.MessageFormat} arguments for the key
     */
    public record RowError(int line, String column, String messageKey, Serializable[] args) implements Serializable {

        public RowError {
            Objects.requireNonNull(messageKey, "messageKey");
            args = args == null ? new Serializable[0] : args.clone();
        }

        /** Message arguments are numbers, dates and text; anything else is kept as its text, so a report can travel in a session. */
        public RowError(int line, String column, String messageKey, Object[] args) {
            this(line, column, messageKey, args == null ? null : Arrays.stream(args)
                    .map(a -> a == null || a instanceof Serializable ? (Serializable) a : a.toString())
                    .toArray(Serializable[]::new));
        }

        @Override
        public Serializable[] args() {
            return args.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RowError that
                    && line == that.line
                    && Objects.equals(column, that.column)
                    && messageKey.equals(that.messageKey)
                    && Arrays.equals(args, that.args);
        }

        @Override
        public int hashCode() {
            return Objects.hash(line, column, messageKey, Arrays.hashCode(args));
        }

        @Override
        public String toString() {
            return "RowError[line=" + line + ", column=" + column + ", messageKey=" + messageKey
                    + ", args=" + Arrays.toString(args) + "]";
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
        return new Parser(decode(content), today).parse();
    }

    /**
     * Decodes the upload: UTF-8 (BOM stripped) when the bytes are valid UTF-8, otherwise GB18030.
     * Chinese text in GB18030 is practically never valid UTF-8, so trying UTF-8 strictly first is a
     * reliable test.
     */
    static String decode(byte[] content) {
        int offset = hasUtf8Bom(content) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, offset, content.length - offset, GB18030);
        }
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /**
     * Parses a date as officials type it in Excel: 2024-03-01, 2024/3/1, 2024.3.1 or 2024年3月1日.
     * Full-width digits are accepted.
     */
    static Optional<LocalDate> parseDate(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher numeric = NUMERIC_DATE.matcher(value);
        if (numeric.matches()) {
            return date(numeric.group(1), numeric.group(3), numeric.group(4));
        }
        Matcher chinese = CHINESE_DATE.matcher(value);
        if (chinese.matches()) {
            return date(chinese.group(1), chinese.group(2), chinese.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    /** Lower case with spaces, underscores and hyphens removed, so "Listed On" matches listed_on. */
    private static String headerKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isBlankChar(c) && c != '_' && c != '-') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Trims ordinary whitespace and also the no-break and ideographic spaces Excel cells often carry. */
    static String clean(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isBlankChar(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** One CSV record: its fields and the physical line it starts on. */
    record Record(int line, List<String> fields, boolean unclosedQuote) {

        boolean blank() {
            return fields.stream().allMatch(field -> clean(field).isEmpty());
        }

        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    /**
     * RFC 4180 reader that keeps count of physical lines, since a quoted field may span several
     * and the official needs the line number Excel or a text editor shows. Accepts CRLF, LF and a
     * lone CR (old Mac Excel) as line ends; is lenient about stray quotes inside unquoted fields.
     */
    static final class RecordReader {

        private final String text;
        private int pos;
        private int line = 1;

        RecordReader(String text) {
            this.text = text;
        }

        /** The next record, or {@code null} at the end of the text. */
        Record next() {
            if (pos >= text.length()) {
                return null;
            }
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean inQuotes = false;
            boolean wasQuoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (inQuotes) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            inQuotes = false;
                        }
                    } else if (c == '\r' || c == '\n') {
                        consumeLineEnd(c);
                        field.append('\n');
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && !wasQuoted && clean(field.toString()).isEmpty()) {
                    // Spaces before an opening quote are dropped, as Excel does when reading.
                    field.setLength(0);
                    inQuotes = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    consumeLineEnd(c);
                    fields.add(field.toString());
                    return new Record(startLine, fields, false);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return new Record(startLine, fields, inQuotes);
        }

        /** Counts one line for CRLF, LF or CR. */
        private void consumeLineEnd(char c) {
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        }
    }

    private static final class Parser {

        private final RecordReader reader;
        private final LocalDate today;
        private final List<Row> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final Map<String, List<Row>> rowsByCode = new HashMap<>();
        private final Map<Column, Integer> positions = new EnumMap<>(Column.class);

        Parser(String text, LocalDate today) {
            this.reader = new RecordReader(text);
            this.today = today;
        }

        Result parse() {
            Record header = nextNonBlank();
            if (header == null) {
                errors.add(new RowError(1, null, EMPTY, null));
                return result();
            }
            if (header.unclosedQuote()) {
                errors.add(new RowError(header.line(), null, UNCLOSED_QUOTE, null));
                return result();
            }
            if (!readHeader(header)) {
                return result();
            }
            int count = 0;
            for (Record record = nextNonBlank(); record != null; record = nextNonBlank()) {
                if (++count > MAX_ROWS) {
                    errors.add(new RowError(record.line(), null, TOO_MANY_ROWS, new Object[] {MAX_ROWS}));
                    return result();
                }
                if (record.unclosedQuote()) {
                    // The quote swallowed the rest of the file, so nothing after it can be trusted.
                    errors.add(new RowError(record.line(), null, UNCLOSED_QUOTE, null));
                    return result();
                }
                readRow(record);
            }
            if (count == 0) {
                errors.add(new RowError(header.line(), null, EMPTY, null));
            }
            return result();
        }

        private Result result() {
            return new Result(rows, errors);
        }

        private Record nextNonBlank() {
            Record record = reader.next();
            while (record != null && record.blank() && !record.unclosedQuote()) {
                record = reader.next();
            }
            return record;
        }

        private boolean readHeader(Record header) {
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

        private void readRow(Record record) {
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
                    errors.add(new RowError(line, Column.CODE.header(), check.messageKey(), check.messageArgs()));
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
                    errors.add(new RowError(line, Column.CODE.header(), DUPLICATE, new Object[] {earlier.line(), code}));
                    return;
                }
            }
            sameCode.add(row);
            rows.add(row);
        }

        private String value(Record record, Column column) {
            Integer position = positions.get(column);
            return position == null ? "" : clean(record.field(position));
        }

        private String required(Record record, Column column) {
            String value = value(record, column);
            if (value.isEmpty()) {
                errors.add(columnError(record.line(), column, REQUIRED));
                return null;
            }
            return value;
        }

        private LocalDate date(int line, Column column, String raw) {
            Optional<LocalDate> date = parseDate(raw);
            if (date.isEmpty()) {
                errors.add(new RowError(line, column.header(), DATE, column.nameArgs(raw)));
                return null;
            }
            return date.get();
        }

        private static RowError periodError(int line, String key, LocalDate listedOn, LocalDate removalOn) {
            if (DishonestyPeriod.LISTED_IN_FUTURE.equals(key)) {
                return new RowError(line, Column.LISTED_ON.header(), key, new Object[] {listedOn});
            }
            return new RowError(line, Column.REMOVAL_ON.header(), key, new Object[] {removalOn, listedOn});
        }

        private static RowError columnError(int line, Column column, String key) {
            return new RowError(line, column.header(), key, column.nameArgs());
        }
    }
}
