package cn.tianjin.quality.publication;

import cn.tianjin.quality.enterprise.CreditCode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serial numbers printed on certificates, such as {@code TQA-2026-A-03-E}: the programme's prefix (two to five capital
 * letters), the year, the level's letter (for the Quality Award {@code A} for 天津质量奖 and {@code N} for its nomination
 * award), the two-digit sequence number within that year and level, and a check character.
 *
 * <p>Every programme has a scheme of its own (prefix and level letters) on one shared check: the check character of the
 * unified social credit code (GB 32100-2015, {@link CreditCode#checkOf}) over the seven characters year, level and
 * sequence ({@code 2026A03}), read as values of the alphabet {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (a digit is its own
 * value, {@code A} is 10, {@code N} is 22) and weighted 1, 3, 9, 27, 19, 26, 16, so that a mistyped serial on the
 * verification page is caught before any lookup. A single changed character, or two swapped neighbours, always changes
 * the check, as every weight is non-zero modulo the prime 31. The prefix is not in the check: a serial typed with
 * another programme's prefix is simply not found.
 */
public final class CertificateSerial {
    /** The first and last year a serial can carry: always four digits. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    /** Sequence numbers run from 1 to this within a year and level, printed with two digits. */
    public static final int MAX_SEQUENCE = 99;

    private static final Pattern FORM = Pattern.compile("([A-Z]{2,5})-(\\d{4})-([A-Z])-(\\d{2})-(.)");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");

    /**
     * One programme's serials: its prefix and the letters of its levels.
     *
     * @param levels the level letters, each a letter of the credit code alphabet
     */
    public record Scheme(String prefix, String levels) {
        public Scheme {
            if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("A serial prefix is two to five capital letters: " + prefix);
            }
            if (levels == null || levels.isEmpty()
                    || levels.chars().anyMatch(c -> c < 'A' || c > 'Z' || CreditCode.ALPHABET.indexOf(c) < 0)) {
                throw new IllegalArgumentException("Level letters must be capital letters of the credit code alphabet: " + levels);
            }
        }

        /**
         * The serial of the {@code sequence}-th certificate of one level in one year.
         *
         * @throws IllegalArgumentException when the year is outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}, the level
         *         is not one of the scheme's letters (upper case), or the sequence is outside 1-99
         */
        public String of(int year, char level, int sequence) {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new IllegalArgumentException("Year out of range " + FIRST_YEAR + "-" + LAST_YEAR + ": " + year);
            }
            if (levels.indexOf(level) < 0) {
                throw new IllegalArgumentException("Level must be one of " + levels + ": " + level);
            }
            if (sequence < 1 || sequence > MAX_SEQUENCE) {
                throw new IllegalArgumentException("Sequence out of range 1-" + MAX_SEQUENCE + ": " + sequence);
            }
            String body = String.format(Locale.ROOT, "%04d%c%02d", year, level, sequence);
            return String.format(Locale.ROOT, "%s-%04d-%c-%02d-%c", prefix, year, level, sequence, CreditCode.checkOf(body));
        }

        /** Whether the text is a serial of this scheme: its prefix, one of its levels, and well formed. */
        public boolean issued(String serial) {
            Matcher m = matcher(serial);
            return m != null && m.group(1).equals(prefix) && levels.indexOf(m.group(3).charAt(0)) >= 0;
        }
    }

    private CertificateSerial() {
    }

    /**
     * Whether the text, after {@link #normalise}, is a serial some scheme could have issued: the layout, a year and a
     * sequence in range, and the right check character. False for null and blank text.
     */
    public static boolean isWellFormed(String serial) {
        return matcher(serial) != null;
    }

    /**
     * The form serials are stored and compared in: trimmed, full-width characters folded to ASCII (Chinese input
     * methods type them easily), upper case. Null stays null.
     */
    public static String normalise(String serial) {
        return serial == null ? null : Normalizer.normalize(serial, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /** The matcher of a well-formed serial, or null. */
    private static Matcher matcher(String serial) {
        String s = normalise(serial);
        if (s == null) {
            return null;
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(2));
        int sequence = Integer.parseInt(m.group(4));
        char level = m.group(3).charAt(0);
        if (year < FIRST_YEAR || year > LAST_YEAR || sequence < 1 || CreditCode.ALPHABET.indexOf(level) < 0) {
            return null;
        }
        return m.group(5).charAt(0) == CreditCode.checkOf(m.group(2) + m.group(3) + m.group(4)) ? m : null;
    }
}
