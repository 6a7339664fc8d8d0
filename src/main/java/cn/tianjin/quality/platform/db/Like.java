package cn.tianjin.quality.platform.db;

/**
 * Search text for a {@code LIKE} comparison: what the user typed is looked for as it is, so "100%" or "A_B" finds
 * those characters rather than everything. The backslash is the escape character of {@code LIKE} by default on MySQL,
 * MariaDB and H2 alike, so queries need no ESCAPE clause.
 */
public final class Like {
    private Like() {
    }

    /** {@code %text%} with the text's own wildcards escaped; null for null. */
    public static String contains(String text) {
        return text == null ? null : "%" + escape(text) + "%";
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
