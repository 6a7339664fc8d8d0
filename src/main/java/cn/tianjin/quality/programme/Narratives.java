package cn.tianjin.quality.programme;

import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Applicants write their narratives as formatted text. Only formatting, paragraphs, headings, lists and tables
 * survive; scripts, styles, event handlers, links and images are removed before anything is stored, whatever the
 * browser sent.
 */
public final class Narratives {
    /** The longest narrative kept, in characters of sanitised HTML. */
    public static final int MAX_LENGTH = 60_000;

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES);

    private Narratives() {
    }

    /** The safe form of what was typed; blank or markup-only text becomes null. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html).strip();
        return plainText(clean).isBlank() ? null : clean;
    }

    /** The text without tags, for length checks and search. */
    public static String plainText(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").strip();
    }
}
