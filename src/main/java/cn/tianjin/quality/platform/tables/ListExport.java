package cn.tianjin.quality.platform.tables;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.Actor;
import java.util.List;
import java.util.Map;

/**
 * An {@link ExportList} of a fixed name, title and columns, for staff unless a list says otherwise, with the readings of
 * the filters the lists share: each refuses a value it cannot read with {@code export.badFilter}.
 */
public abstract class ListExport implements ExportList {
    private final String name;
    private final String titleKey;
    private final List<String> columnKeys;

    protected ListExport(String name, String titleKey, String... columnKeys) {
        this.name = name;
        this.titleKey = titleKey;
        this.columnKeys = List.of(columnKeys);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public List<String> columnKeys() {
        return columnKeys;
    }

    @Override
    public void requireReader(Actor actor) {
        actor.requireStaff("exporting " + name);
    }

    /** The constant of {@code type} the filter names, or {@code none} when absent. */
    protected static <E extends Enum<E>> E choice(Map<String, String> filters, String param, Class<E> type, E none) {
        String v = ExportList.param(filters, param);
        if (v == null) {
            return none;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        throw new BusinessException("export.badFilter", param, v);
    }

    /** The whole number the filter gives, or null when absent. */
    protected static Long number(Map<String, String> filters, String param) {
        String v = ExportList.param(filters, param);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new BusinessException("export.badFilter", param, v);
        }
    }

    /** A refusal of the filter's value (for a value that reads but names nothing). */
    protected static BusinessException bad(Map<String, String> filters, String param) {
        return new BusinessException("export.badFilter", param, ExportList.param(filters, param));
    }
}
