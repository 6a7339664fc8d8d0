package cn.tianjin.quality.credit;

import java.util.Locale;

/**
 * The groups a credit file's timeline can be narrowed to, by the kind of each line. Programmes name their lines with
 * a prefix of their own (TITLE_, CQO_, BRAND_, ...), so a new programme's lines fall under honours without a change
 * here.
 */
public final class CreditKinds {
    /** The groups, in the order the page offers them. */
    public enum Group { ALL, HONOURS, SPOT_CHECKS, DECLARATIONS, INTERVIEWS, DISHONESTY, REGISTRATION }

    private CreditKinds() {
    }

    /** The group of a line's kind; anything not named here is a programme's and counts as an honour. */
    public static Group of(String kind) {
        String k = kind == null ? "" : kind.toUpperCase(Locale.ROOT);
        if (k.startsWith("SPOT_CHECK_")) {
            return Group.SPOT_CHECKS;
        }
        if (k.startsWith("DISHONESTY_")) {
            return Group.DISHONESTY;
        }
        if (k.startsWith("INTERVIEW")) {
            return Group.INTERVIEWS;
        }
        if (k.equals("COMMITMENT_MADE") || k.equals("STANDARD_DECLARED") || k.startsWith("DECLARATION_")) {
            return Group.DECLARATIONS;
        }
        if (k.equals("REGISTERED")) {
            return Group.REGISTRATION;
        }
        return Group.HONOURS;
    }

    /** Whether a line of this kind is shown when the timeline is narrowed to {@code group} (null or ALL: every line). */
    public static boolean shows(Group group, String kind) {
        return group == null || group == Group.ALL || of(kind) == group;
    }

    /** The group asked for in the address; anything else reads as every line. */
    public static Group parse(String text) {
        if (text == null || text.isBlank()) {
            return Group.ALL;
        }
        try {
            return Group.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Group.ALL;
        }
    }
}
