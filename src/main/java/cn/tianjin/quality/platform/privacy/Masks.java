package cn.tianjin.quality.platform.privacy;

/**
 * How a telephone number or an e-mail address reads until a staff member has a reason to see it whole: enough to
 * tell two apart and to recognise one read out on the phone, not enough to call or write.
 */
public final class Masks {
    private static final char HIDDEN = '*';

    private Masks() {
    }

    /**
     * A telephone number with its middle hidden: the first three and the last four characters stay
     * ({@code 138****5678}, {@code 022*****6789}); a short number keeps only its last two. Separators inside the
     * hidden part are hidden too, so the length of a landline's area code does not show.
     */
    public static String phone(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String s = number.strip();
        int head = s.length() >= 10 ? 3 : 0;
        int tail = s.length() >= 8 ? 4 : Math.min(2, s.length() - 1);
        return s.substring(0, head) + String.valueOf(HIDDEN).repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }

    /**
     * An e-mail address with its mailbox hidden but for the first character: {@code z***@example.com}. The domain
     * stays (it says which organisation, not which person); something that is no address is hidden but for its first
     * character.
     */
    public static String email(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String s = address.strip();
        int at = s.lastIndexOf('@');
        String first = s.substring(0, s.offsetByCodePoints(0, 1));
        return at <= 0 ? first + "***" : first + "***" + s.substring(at);
    }

    /**
     * A person's name as a public list shows it: the first character (in Chinese, the surname) and one star for each
     * further character, at most three ({@code 张*}, {@code 王**}, {@code J***}); a one-character name is a star.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        int count = s.codePointCount(0, s.length());
        if (count == 1) {
            return String.valueOf(HIDDEN);
        }
        return s.substring(0, s.offsetByCodePoints(0, 1)) + String.valueOf(HIDDEN).repeat(Math.min(3, count - 1));
    }

    /**
     * An identity document's number with its middle hidden: an 18-character identity number keeps its first two and
     * last four ({@code 12************123X}: the province and enough to tell two apart, not the birth date); a shorter
     * document number its first character and last two; a number under six characters only its last.
     */
    public static String identity(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String s = number.strip();
        int head = s.length() >= 10 ? 2 : 1;
        int tail = s.length() >= 10 ? 4 : 2;
        if (s.length() < 6) {
            return String.valueOf(HIDDEN).repeat(s.length() - 1) + s.substring(s.length() - 1);
        }
        return s.substring(0, head) + String.valueOf(HIDDEN).repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }
}
