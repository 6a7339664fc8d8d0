package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identity document a CQO is filed with, and the check of its number as typed.
 *
 * <p>A resident identity number (GB 11643-1999, also the number of the residence permits of Hong Kong, Macao and
 * Taiwan residents, which begin 81, 82 and 83): six digits of the administrative division, the birth date as
 * YYYYMMDD, three digits of sequence and a check character. The check is ISO 7064 MOD 11-2: position i of the first
 * seventeen weighs 2^(18-i) mod 11, the check value is (12 - sum mod 11) mod 11, written X when it is 10.
 *
 * <p>The alternatives for people without one: a foreign passport (letters and digits, 5 to 20), the Mainland travel
 * permit for Hong Kong and Macao residents (H or M and 8 or 10 digits), the Mainland travel permit for Taiwan
 * residents (8 digits, or the older 10 with a letter at the end).
 */
public enum IdentityDocument {
    RESIDENT_ID, FOREIGN_PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";
    /** The province codes GB/T 2260 uses, and 81-83 of the residence permits. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82", "83");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern HK_MACAO = Pattern.compile("[HM](\\d{8}|\\d{10})");
    private static final Pattern TAIWAN = Pattern.compile("\\d{8}|\\d{10}[A-Z]?");

    public String messageKey() {
        return "cqo.idKind." + name();
    }

    /** What is wrong with a number, in the order the checks are made. */
    public enum Problem { NONE, EMPTY, FORMAT, REGION, BIRTH_DATE, CHECK_CHARACTER }

    /**
     * The outcome of {@link #check}.
     *
     * @param number   the number normalised (half-width, upper case, no spaces)
     * @param expected for a wrong check character, the right one
     */
    public record Check(IdentityDocument kind, String number, Problem problem, char expected) {
        public boolean valid() {
            return problem == Problem.NONE;
        }

        /** The message key of the problem ({@code cqo.id.format.RESIDENT_ID}, ...), {@code null} when valid. */
        public String messageKey() {
            return switch (problem) {
                case NONE -> null;
                case EMPTY -> "cqo.id.empty";
                case FORMAT -> "cqo.id.format." + kind.name();
                case REGION -> "cqo.id.region";
                case BIRTH_DATE -> "cqo.id.birthDate";
                case CHECK_CHARACTER -> "cqo.id.checkCharacter";
            };
        }

        /** For CHECK_CHARACTER: {0} the right check character, {1} the one given. */
        public Object[] messageArgs() {
            return problem == Problem.CHECK_CHARACTER
                    ? new Object[] {String.valueOf(expected), number.substring(number.length() - 1)}
                    : new Object[0];
        }
    }

    /**
     * Checks a number of this kind as typed: full-width characters, lower case and spaces are accepted. A resident
     * identity number's birth date must be a real day between 1900 and {@code today}.
     */
    public Check check(String raw, LocalDate today) {
        String number = normalise(raw);
        if (number.isEmpty()) {
            return new Check(this, number, Problem.EMPTY, '\0');
        }
        return switch (this) {
            case RESIDENT_ID -> checkResident(number, today);
            case FOREIGN_PASSPORT -> shape(number, PASSPORT);
            case HK_MACAO_PERMIT -> shape(number, HK_MACAO);
            case TAIWAN_PERMIT -> shape(number, TAIWAN);
        };
    }

    /** The check character of the first seventeen digits of a resident identity number. */
    public static char residentCheckCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("Expected 17 digits, got: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11);
    }

    /** The number as it is stored and compared: half-width, upper case, without spaces or hyphens. */
    public static String normalise(String raw) {
        return Texts.typedCode(raw);
    }

    private Check checkResident(String number, LocalDate today) {
        if (!number.matches("\\d{17}[\\dX]")) {
            return new Check(this, number, Problem.FORMAT, '\0');
        }
        if (!PROVINCES.contains(number.substring(0, 2))) {
            return new Check(this, number, Problem.REGION, '\0');
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            if (born.getYear() < 1900 || born.isAfter(today)) {
                return new Check(this, number, Problem.BIRTH_DATE, '\0');
            }
        } catch (DateTimeException e) {
            return new Check(this, number, Problem.BIRTH_DATE, '\0');
        }
        char expected = residentCheckCharacter(number.substring(0, 17));
        if (number.charAt(17) != expected) {
            return new Check(this, number, Problem.CHECK_CHARACTER, expected);
        }
        return new Check(this, number, Problem.NONE, '\0');
    }

    private Check shape(String number, Pattern pattern) {
        return new Check(this, number, pattern.matcher(number).matches() ? Problem.NONE : Problem.FORMAT, '\0');
    }
}
