package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.tables.Columns;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.tables.TableRows;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码) defined by GB 32100-2015, which keys every
 * enterprise in the portal.
 *
 * <p>Layout of the 18 characters: position 1 registration authority, 2 organisation type, 3-8
 * administrative division code, 9-17 organisation code, 18 check character. Every position uses
 * the 31-character alphabet {@value #ALPHABET}; I, O, Z, S and V are left out because they are
 * easily mistaken for 1, 0, 2, 5 and U.
 */
public final class CreditCode {

    /** The code alphabet; a character's index in this string is its numeric value. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Total length of a code, check character included. */
    public static final int LENGTH = 18;

    private static final int MODULUS = ALPHABET.length();

    /** Weight of positions 1 to 17, i.e. 3^(i-1) mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final String TIANJIN_PROVINCE_PREFIX = "12";

    private CreditCode() {
    }

    /** What is wrong with an entered code, in the order the checks are made. */
    public enum Problem {
        NONE,
        EMPTY,
        LENGTH,
        CHARACTER,
        CHECK_CHARACTER
    }

    /**
     * Outcome of {@link CreditCode#check(String)}.
     *
     * @param code      the normalised input (trimmed, half-width, upper case); empty when the input was null
     * @param problem   the first problem found, {@link Problem#NONE} for a valid code
     * @param position  1-based position of the offending character: the first bad character for
     *                  {@link Problem#CHARACTER}, 18 for {@link Problem#CHECK_CHARACTER}, otherwise 0
     * @param found     the offending character at {@code position}, otherwise {@code '\0'}
     * @param expected  the correct check character for {@link Problem#CHECK_CHARACTER}, otherwise {@code '\0'}
     */
    public record Check(String code, Problem problem, int position, char found, char expected) {

        public boolean valid() {
            return problem == Problem.NONE;
        }

        /** Message bundle key describing the problem, or {@code null} for a valid code. */
        public String messageKey() {
            return switch (problem) {
                case NONE -> null;
                case EMPTY -> "creditCode.empty";
                case LENGTH -> "creditCode.length";
                case CHARACTER -> "creditCode.character";
                case CHECK_CHARACTER -> "creditCode.checkCharacter";
            };
        }

        /**
         * Arguments for {@link java.text.MessageFormat} to go with {@link #messageKey()}:
         * LENGTH {0}=actual length; CHARACTER {0}=position, {1}=character;
         * CHECK_CHARACTER {0}=expected check character, {1}=given check character.
         * Characters are passed as strings so that MessageFormat prints them unchanged.
         */
        public Object[] messageArgs() {
            return switch (problem) {
                case NONE, EMPTY -> new Object[0];
                case LENGTH -> new Object[] {code.length()};
                case CHARACTER -> new Object[] {position, String.valueOf(found)};
                case CHECK_CHARACTER -> new Object[] {String.valueOf(expected), String.valueOf(found)};
            };
        }
    }

    /**
     * A credit code in a cell of an uploaded table: the code normalised, or null with its problem added to
     * {@code errors} under the column's Chinese header (required when empty, otherwise the check's own message).
     */
    public static String fromCell(int line, String value, Columns.Spec column, List<RowError> errors) {
        if (value.isEmpty()) {
            errors.add(TableRows.error(line, column, "csv.required"));
            return null;
        }
        Check check = check(value);
        if (!check.valid()) {
            errors.add(RowError.of(line, column.chineseHeader(), check.messageKey(), check.messageArgs()));
            return null;
        }
        return check.code();
    }

    /**
     * Normalises and validates a code as typed by a user. Lower case is accepted, and so are
     * full-width characters, which Chinese input methods produce easily.
     */
    public static Check check(String raw) {
        String code = normalise(raw);
        if (code.isEmpty()) {
            return new Check(code, Problem.EMPTY, 0, '\0', '\0');
        }
        if (code.length() != LENGTH) {
            return new Check(code, Problem.LENGTH, 0, '\0', '\0');
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return new Check(code, Problem.CHARACTER, i + 1, code.charAt(i), '\0');
            }
        }
        char expected = computeCheck(code);
        char given = code.charAt(LENGTH - 1);
        if (given != expected) {
            return new Check(code, Problem.CHECK_CHARACTER, LENGTH, given, expected);
        }
        return new Check(code, Problem.NONE, 0, '\0', '\0');
    }

    /** Convenience for callers that only need a yes/no answer. */
    public static boolean isValid(String raw) {
        return check(raw).valid();
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @throws IllegalArgumentException if the argument is not exactly 17 characters of the alphabet
     */
    public static char checkCharacter(String first17) {
        requireBody(first17);
        return computeCheck(first17);
    }

    /**
     * The check character of GB 32100 over any text of up to 17 characters of the alphabet, weighted as the code's
     * first characters are (1, 3, 9, 27, 19, ...): the one mod-31 check the portal's other numbers (certificate serials)
     * share with the credit code, so that a mistyped character or two swapped neighbours are caught alike.
     *
     * @throws IllegalArgumentException if the text is empty, longer than 17 characters or has characters outside the alphabet
     */
    public static char checkOf(String body) {
        if (body == null || body.isEmpty() || body.length() > LENGTH - 1) {
            throw new IllegalArgumentException("Expected 1 to 17 characters of the credit code alphabet, got: " + body);
        }
        requireAlphabet(body);
        return computeCheck(body);
    }

    /** Appends the check character; used to build demo data and test fixtures. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /**
     * The 6-digit administrative division code (positions 3-8) of a valid code.
     *
     * @throws IllegalArgumentException if the code is not valid
     */
    public static String divisionCode(String validCode) {
        return requireValid(validCode).substring(2, 8);
    }

    /**
     * Whether the code was issued in Tianjin, whose division codes all start with 12.
     *
     * @throws IllegalArgumentException if the code is not valid
     */
    public static boolean isTianjin(String validCode) {
        return divisionCode(validCode).startsWith(TIANJIN_PROVINCE_PREFIX);
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        // NFKC folds full-width letters, digits and the ideographic space to their ASCII forms.
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /** Over the first 17 characters of the text, or all when shorter; assumes characters of the alphabet. */
    private static char computeCheck(String code) {
        int sum = 0;
        for (int i = 0; i < Math.min(code.length(), WEIGHTS.length); i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = MODULUS - sum % MODULUS;
        return ALPHABET.charAt(check == MODULUS ? 0 : check);
    }

    private static void requireBody(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("Expected 17 characters of a credit code, got: " + first17);
        }
        requireAlphabet(first17);
    }

    private static void requireAlphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                throw new IllegalArgumentException(
                        "Character '" + text.charAt(i) + "' at position " + (i + 1) + " is not in the credit code alphabet");
            }
        }
    }

    private static String requireValid(String code) {
        Check check = check(code);
        if (!check.valid()) {
            throw new IllegalArgumentException("Not a valid credit code (" + check.problem() + "): " + code);
        }
        return check.code();
    }
}
