package cn.tianjin.quality.platform;

/**
 * Free text typed into a form, as the services keep it: trimmed, blank meaning "not given", and refused with the field
 * named when it is longer than its column allows.
 */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text, or null when blank. */
    public static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw BusinessException.onField(field, "text.tooLong", max);
        }
        return trimmed;
    }

    /** The trimmed text; blank is refused with {@code missingKey} on the field. */
    public static String required(String text, int max, String field, String missingKey) {
        String trimmed = optional(text, max, field);
        if (trimmed == null) {
            throw BusinessException.onField(field, missingKey);
        }
        return trimmed;
    }
}
