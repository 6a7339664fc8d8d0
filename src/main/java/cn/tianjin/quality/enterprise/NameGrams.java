package cn.tianjin.quality.enterprise;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The two-character keys (bigrams) of enterprise names that let the officials' search find the names containing a text
 * without reading every name: Chinese names have no spaces, so a word index would not split them.
 *
 * <p>A gram is an int of two folded characters (16 bits each), stored in {@code enterprise_name_gram}; a number rather
 * than text because the table then compares the same under every database collation. The grams only narrow the
 * candidates: the database's own {@code LIKE} still decides, so results stay exactly those of a plain {@code LIKE}
 * search (case-insensitive under MariaDB's utf8mb4_unicode_ci, case-sensitive on H2). For that the grams of a name must
 * include those of every text the database would find in it: characters are folded at least as coarsely as the
 * collation compares them (compatibility forms to their plain form, such as full-width letters and brackets, and ASCII
 * letters to lower case), and only characters whose collation equals are known are folded at all: printable ASCII and
 * the unified CJK ideographs of the basic plane. A name with any other character (accented letters, rare ideographs
 * outside the basic plane) gets the single gram {@link #ALWAYS} and is a candidate of every search; a search text with
 * such a character, a wildcard or fewer than two characters is searched without grams.
 */
public final class NameGrams {
    /** The gram of a name that cannot be keyed safely: such a name is a candidate for every search text. */
    public static final int ALWAYS = 0;
    private static final int NOT_FOLDABLE = -1;
    /** Reading a candidate by key and then its row, against reading one entry of the name index (MariaDB, measured). */
    private static final int CANDIDATE_COST = 10;

    private NameGrams() {
    }

    /** The grams to store for a name, each once; {@code [ALWAYS]} when a character cannot be folded safely. */
    public static int[] ofName(String name) {
        int[] folded = fold(name);
        if (folded == null) {
            return new int[] {ALWAYS};
        }
        return grams(folded).stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The grams every name containing {@code text} has, each once in text order; empty when the text cannot be searched
     * through grams (fewer than two characters, a LIKE wildcard or escape, or a character that cannot be folded safely).
     */
    public static Optional<int[]> ofSearch(String text) {
        if (text == null || text.codePointCount(0, text.length()) < 2
                || text.indexOf('%') >= 0 || text.indexOf('_') >= 0 || text.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        int[] folded = fold(text);
        if (folded == null) {
            return Optional.empty();
        }
        return Optional.of(grams(folded).stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Whether a page of names sorted by name is cheaper to find by reading the name index in order, testing each name,
     * than by reading every candidate of the rarest key and sorting them: the index read stops after about
     * {@code reach * register / holders} names (the page's end, with matches spread through the register), the
     * candidates cost {@code holders} rows at about ten times a name's price each (see EnterpriseService).
     *
     * @param reach    the rows up to the page's end (first row + page size)
     * @param register the number of enterprises
     * @param holders  the enterprises holding the text's rarest key
     */
    public static boolean scanNamesRather(long reach, long register, long holders) {
        return (double) reach * register / Math.max(1, holders) < CANDIDATE_COST * holders;
    }

    /**
     * Whether every character of the text is one the keys cover; the database compares each of these with exactly one
     * character (none is ignored or expanded), so such a text is as long as any value it equals.
     */
    public static boolean covers(String text) {
        return fold(text) != null;
    }

    /**
     * At most {@code max} of the grams, spread over the text (first and last always): any subset still finds every
     * match, and a few keys narrow a name as well as all of them while keeping the database's join small.
     */
    public static int[] spread(int[] grams, int max) {
        if (grams.length <= max) {
            return grams;
        }
        int[] out = new int[max];
        for (int i = 0; i < max; i++) {
            out[i] = grams[(int) ((long) i * (grams.length - 1) / (max - 1))];
        }
        return Arrays.stream(out).distinct().toArray();
    }

    /** Two folded characters as they are stored. */
    static int gram(char first, char second) {
        return first << 16 | second;
    }

    /** The folded characters of a text, or null when one of them cannot be folded safely. */
    private static int[] fold(String text) {
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            points[i] = fold(points[i]);
            if (points[i] == NOT_FOLDABLE) {
                return null;
            }
        }
        return points;
    }

    /** A character folded as the collation compares it, or {@link #NOT_FOLDABLE}. */
    static int fold(int codePoint) {
        String plain = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        if (plain.length() != 1) {
            return NOT_FOLDABLE;
        }
        char c = plain.charAt(0);
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        if (c >= 0x20 && c <= 0x7e || c >= 0x3400 && c <= 0x4dbf || c >= 0x4e00 && c <= 0x9fff) {
            return c;
        }
        return NOT_FOLDABLE;
    }

    private static Set<Integer> grams(int[] folded) {
        Set<Integer> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < folded.length; i++) {
            grams.add(gram((char) folded[i], (char) folded[i + 1]));
        }
        return grams;
    }
}
