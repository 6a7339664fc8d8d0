package cn.tianjin.quality.platform;

import java.text.Normalizer;
import java.util.Locale;

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

    /**
     * A number or code as someone types it, reduced to what is compared: full-width characters folded to half-width
     * (Chinese input methods produce them easily), upper case, spaces and hyphens left out; empty for null.
     */
    public static String typedCode(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
