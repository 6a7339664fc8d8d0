package cn.tianjin.quality.award;

import cn.tianjin.quality.enterprise.CreditCode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serial numbers printed on award certificates, such as {@code TQA-2026-A-03-E}: the programme prefix {@value #PREFIX},
 * the award year, the level ({@value #AWARD} for 天津质量奖, {@value #NOMINATION} for 天津质量奖提名奖), the two-digit
 * sequence number within that year and level, and a check character.
 *
 * <p>The check character is computed the way GB 32100-2015 computes the check of the unified social credit code, so
 * that a mistyped serial on the verification page is caught before any lookup. The seven characters year, level and
 * sequence ({@code 2026A03}) are read as values in the credit code alphabet {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
 * (a digit is its own value, {@code A} is 10, {@code N} is 22). The character at 0-based position i is weighted
 * 3<sup>i</sup> mod 31, that is 1, 3, 9, 27, 19, 26, 16; with S the sum of value times weight, the check value is
 * (31 - S mod 31) mod 31 and the check character is the alphabet's character of that value. A single changed
 * character, or two swapped neighbours, always changes the check, as every weight is non-zero modulo the prime 31.
 */
public final class CertificateSerial {
    /** The programme prefix every serial starts with. */
    public static final String PREFIX = "TQA";
    /** Level letter of the award itself (天津质量奖). */
    public static final char AWARD = 'A';
    /** Level letter of the nomination award (天津质量奖提名奖). */
    public static final char NOMINATION = 'N';
    /** The first and last award year a serial can carry: always four digits. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    /** Sequence numbers run from 1 to this within a year and level, printed with two digits. */
    public static final int MAX_SEQUENCE = 99;

    private static final String ALPHABET = CreditCode.ALPHABET;
    private static final int MODULUS = ALPHABET.length();
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16};
    private static final Pattern FORM = Pattern.compile(PREFIX + "-(\\d{4})-([" + AWARD + NOMINATION + "])-(\\d{2})-(.)");

    private CertificateSerial() {
    }

    /**
     * The serial of the {@code sequence}-th certificate of one level in one year.
     *
     * @throws IllegalArgumentException when the year is outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}, the level is
     *         neither {@value #AWARD} nor {@value #NOMINATION} (upper case), or the sequence is outside 1-99
     */
    public static String of(int year, char level, int sequence) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Award year out of range " + FIRST_YEAR + "-" + LAST_YEAR + ": " + year);
        }
        if (level != AWARD && level != NOMINATION) {
            throw new IllegalArgumentException("Level must be " + AWARD + " or " + NOMINATION + ": " + level);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Sequence out of range 1-" + MAX_SEQUENCE + ": " + sequence);
        }
        String body = String.format(Locale.ROOT, "%04d%c%02d", year, level, sequence);
        return String.format(Locale.ROOT, "%s-%04d-%c-%02d-%c", PREFIX, year, level, sequence, check(body));
    }

    /**
     * Whether the text, after {@link #normalise}, is a serial this class could have issued: the layout, a year and a
     * sequence in range, and the right check character. False for null and blank text.
     */
    public static boolean isWellFormed(String serial) {
        String s = normalise(serial);
        if (s == null) {
            return false;
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int sequence = Integer.parseInt(m.group(3));
        return year >= FIRST_YEAR && year <= LAST_YEAR && sequence >= 1
                && m.group(4).charAt(0) == check(m.group(1) + m.group(2) + m.group(3));
    }

    /**
     * The form serials are stored and compared in: trimmed, full-width characters folded to ASCII (Chinese input
     * methods type them easily), upper case. Null stays null.
     */
    public static String normalise(String serial) {
        return serial == null ? null : Normalizer.normalize(serial, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /** Assumes seven characters of the alphabet: year, level, sequence. */
    private static char check(String body) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }
}
