package cn.tianjin.quality.platform.tables;

import cn.tianjin.quality.platform.security.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A list people work with on screen, leaving the portal as a spreadsheet ({@code /export/<name>.xlsx} or {@code .csv})
 * with the filters of the screen as parameters. Each feature contributes the lists it owns; the rows are read a batch
 * at a time and handed on as they come, so a long list never sits in memory.
 */
public interface ExportList {
    /** The list's name in the address. */
    String name();

    /** The message key of the list's title, which names the file and the sheet. */
    String titleKey();

    /** The message keys of the columns, in order. */
    List<String> columnKeys();

    /** Refuses ({@link cn.tianjin.quality.platform.AccessDeniedException}) a reader who may not have the list. */
    void requireReader(Actor actor);

    /**
     * The rows the filters select, texts in {@code locale}: the filters are read here (a bad one refused with a
     * {@link cn.tianjin.quality.platform.BusinessException} before anything is written), the rows when the answer
     * asks for them.
     */
    Rows rows(Actor actor, Map<String, String> filters, Locale locale);

    /** The rows of one export, each handed to {@code out} as it is read. */
    @FunctionalInterface
    interface Rows {
        void each(Consumer<List<?>> out);
    }

    /**
     * The query of an export's address for the filters a screen holds, given as name, value, name, value...; absent and
     * blank values are left out.
     */
    static String query(Object... namesAndValues) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            if (v != null && !v.toString().isBlank()) {
                q.append(q.length() == 0 ? "?" : "&").append(namesAndValues[i]).append('=')
                        .append(java.net.URLEncoder.encode(v.toString().trim(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    /** Reads a list {@code batch} rows at a time from {@code page(first, batch)} until one comes back short. */
    static <T> void paged(int batch, java.util.function.BiFunction<Integer, Integer, List<T>> page, Consumer<T> each) {
        for (int first = 0; ; first += batch) {
            List<T> rows = page.apply(first, batch);
            rows.forEach(each);
            if (rows.size() < batch) {
                return;
            }
        }
    }

    /** A filter parameter trimmed, or null when absent or blank. */
    static String param(Map<String, String> filters, String name) {
        String v = filters.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
