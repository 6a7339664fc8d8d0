package cn.tianjin.quality.platform.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an uploaded table, found by their header in English or Chinese, in any order (unknown columns are
 * left alone, so a 序号 column does no harm). A feature lists its columns as an enum of {@link Spec}.
 */
public final class Columns<C extends Enum<C> & Columns.Spec> {
    public static final String MISSING_COLUMN = "csv.missingColumn";
    public static final String DUPLICATE_COLUMN = "csv.duplicateColumn";

    /** A column's English and Chinese headers, and whether every table must have it. */
    public record Header(String english, String chinese, boolean required) {
    }

    /** A column of a feature's table, an enum constant holding its {@link Header}. */
    public interface Spec {
        Header spec();

        default String header() {
            return spec().english();
        }

        default String chineseHeader() {
            return spec().chinese();
        }

        default boolean required() {
            return spec().required();
        }
    }

    private final Map<C, Integer> positions;

    private Columns(Map<C, Integer> positions) {
        this.positions = positions;
    }

    /** The columns of a header record; the problems (a required column missing, one named twice) go to {@code errors}. */
    public static <C extends Enum<C> & Spec> Optional<Columns<C>> of(Class<C> type, TableRecord header, List<RowError> errors) {
        Map<C, Integer> positions = new EnumMap<>(type);
        int before = errors.size();
        List<String> names = header.fields();
        for (int i = 0; i < names.size(); i++) {
            String key = TableText.headerKey(names.get(i));
            for (C c : type.getEnumConstants()) {
                if (key.equals(TableText.headerKey(c.header())) || key.equals(TableText.headerKey(c.chineseHeader()))) {
                    if (positions.putIfAbsent(c, i) != null) {
                        errors.add(RowError.of(header.line(), c.chineseHeader(), DUPLICATE_COLUMN, c.header(), c.chineseHeader()));
                    }
                }
            }
        }
        for (C c : type.getEnumConstants()) {
            if (c.required() && !positions.containsKey(c)) {
                errors.add(RowError.of(header.line(), c.chineseHeader(), MISSING_COLUMN, c.header(), c.chineseHeader()));
            }
        }
        return errors.size() == before ? Optional.of(new Columns<>(positions)) : Optional.empty();
    }

    /** The cleaned text of a column in a record; empty when the table has no such column. */
    public String value(TableRecord record, C column) {
        Integer position = positions.get(column);
        return position == null ? "" : TableText.clean(record.field(position));
    }

    /** The headers a table of these columns has, in order, Chinese and English: for the page that explains the format. */
    public static <C extends Enum<C> & Spec> List<String> describe(Class<C> type) {
        List<String> out = new ArrayList<>();
        for (C c : type.getEnumConstants()) {
            out.add(c.chineseHeader() + " (" + c.header() + ")" + (c.required() ? "" : " *"));
        }
        return out;
    }
}
