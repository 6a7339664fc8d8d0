package cn.tianjin.quality.platform.tables;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The checks every uploaded table shares, each problem added to a list with its line and column so that a whole file
 * is reported at once: reading the file, finding the header and the body, required text with a length limit, dates
 * not after today, whole numbers. A feature's own table class reads its columns with these.
 */
public final class TableRows {
    public static final String UNREADABLE = "table.unreadable";
    public static final String TOO_LONG = "table.tooLong";
    public static final String FUTURE = "table.future";
    public static final String WHOLE = "table.whole";
    public static final String DUPLICATE_ROW = "table.duplicateRow";

    /** The header's columns and the records under it. */
    public record Body<C extends Enum<C> & Columns.Spec>(Columns<C> columns, List<TableRecord> records) {
    }

    private TableRows() {
    }

    /** The records of an uploaded CSV or XLSX file; an unreadable file is one problem of the file as a whole. */
    public static List<TableRecord> read(byte[] content, int maxRows, List<RowError> errors) {
        try {
            return Tables.read(content, maxRows + 1);
        } catch (Tables.Unreadable e) {
            errors.add(RowError.of(0, null, UNREADABLE));
            return List.of();
        }
    }

    /**
     * The header (the first non-blank record) and the body under it; empty, with the problem added, when a quote was
     * never closed, a column is missing or named twice, there is no row under the header or more than {@code maxRows}.
     */
    public static <C extends Enum<C> & Columns.Spec> Optional<Body<C>> body(Class<C> type, List<TableRecord> records,
                                                                            int maxRows, List<RowError> errors) {
        List<TableRecord> nonBlank = records.stream().filter(r -> !r.blank() || r.unclosedQuote()).toList();
        if (nonBlank.isEmpty()) {
            errors.add(RowError.of(1, null, "csv.empty"));
            return Optional.empty();
        }
        for (TableRecord r : nonBlank) {
            if (r.unclosedQuote()) {
                errors.add(RowError.of(r.line(), null, "csv.unclosedQuote"));
                return Optional.empty();
            }
        }
        Optional<Columns<C>> columns = Columns.of(type, nonBlank.get(0), errors);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        List<TableRecord> body = nonBlank.subList(1, nonBlank.size());
        if (body.isEmpty()) {
            errors.add(RowError.of(nonBlank.get(0).line(), null, "csv.empty"));
            return Optional.empty();
        }
        if (body.size() > maxRows) {
            errors.add(RowError.of(body.get(maxRows).line(), null, "csv.tooManyRows", maxRows));
            return Optional.empty();
        }
        return Optional.of(new Body<>(columns.get(), body));
    }

    /** A problem of one cell: the message gets the column's English and Chinese header first, then {@code more}. */
    public static RowError error(int line, Columns.Spec column, String key, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = column.header();
        args[1] = column.chineseHeader();
        System.arraycopy(more, 0, args, 2, more.length);
        return RowError.of(line, column.chineseHeader(), key, args);
    }

    /** Text that must be there and be at most {@code max} characters long. */
    public static String required(TableRecord r, String value, Columns.Spec column, int max, List<RowError> errors) {
        if (value.isEmpty()) {
            errors.add(error(r.line(), column, "csv.required"));
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add(error(r.line(), column, TOO_LONG, max));
        }
        return value;
    }

    /** A date that must be there; when {@code today} is given, not after it. */
    public static LocalDate date(TableRecord r, String value, Columns.Spec column, LocalDate today, List<RowError> errors) {
        if (value.isEmpty()) {
            errors.add(error(r.line(), column, "csv.required"));
            return null;
        }
        Optional<LocalDate> d = TableText.parseDate(value);
        if (d.isEmpty()) {
            errors.add(error(r.line(), column, "csv.date", value));
            return null;
        }
        if (today != null && d.get().isAfter(today)) {
            errors.add(error(r.line(), column, FUTURE, value));
            return null;
        }
        return d.get();
    }

    /** A whole number that must be there. */
    public static Integer whole(TableRecord r, String value, Columns.Spec column, List<RowError> errors) {
        if (value.isEmpty()) {
            errors.add(error(r.line(), column, "csv.required"));
            return null;
        }
        try {
            return Integer.parseInt(Normalizer.normalize(value, Normalizer.Form.NFKC).strip());
        } catch (NumberFormatException e) {
            errors.add(error(r.line(), column, WHOLE, value));
            return null;
        }
    }
}
