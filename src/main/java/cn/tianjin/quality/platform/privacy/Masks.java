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
}
