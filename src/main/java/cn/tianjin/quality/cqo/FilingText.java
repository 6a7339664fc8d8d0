package cn.tianjin.quality.cqo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text forms a filing keeps in the database: the rule shortfalls of a check ({@code key|arg|arg} separated by
 * line breaks) and the snapshot of a submitted round ({@code field=value} lines, line breaks in values escaped), both
 * read back for pages in the reader's language.
 */
public final class FilingText {
    private FilingText() {
    }

    public static String shortfalls(List<QualificationRules.Shortfall> list) {
        StringBuilder sb = new StringBuilder();
        for (QualificationRules.Shortfall s : list) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(s.messageKey());
            for (Object arg : s.args()) {
                sb.append('|').append(String.valueOf(arg).replace('|', '/').replace('\n', ' '));
            }
        }
        return sb.toString();
    }

    public static List<QualificationRules.Shortfall> shortfalls(String stored) {
        List<QualificationRules.Shortfall> out = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return out;
        }
        for (String line : stored.split("\n")) {
            String[] parts = line.split("\\|", -1);
            Object[] args = new Object[parts.length - 1];
            System.arraycopy(parts, 1, args, 0, args.length);
            out.add(new QualificationRules.Shortfall(parts[0], args));
        }
        return out;
    }

    /** Writes fields in their order; a null value is written empty. */
    public static String snapshot(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(k).append('=').append(escape(v == null ? "" : v)).append('\n'));
        return sb.toString();
    }

    public static Map<String, String> snapshot(String stored) {
        Map<String, String> out = new LinkedHashMap<>();
        if (stored == null) {
            return out;
        }
        for (String line : stored.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n");
    }

    private static String unescape(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                sb.append(n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
