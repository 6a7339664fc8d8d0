package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.Texts;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registered CQO's number: {@code TJCQO-2026-16-0007-K}, read as the year of registration, the last two digits of
 * the enterprise's district code (120116 Binhai New Area: 16), the sequence within that year and district from 0001,
 * and a check character over the ten digits before it. The check is the one GB 32100 gives the credit code
 * ({@link CreditCode#checkOf}): a mistyped digit or two neighbours swapped is caught when the number is read out over
 * the phone or typed into the public registry's search.
 */
public record RegistryNumber(int year, String district, int sequence) {
    private static final String PREFIX = "TJCQO";
    private static final Pattern FORM = Pattern.compile(PREFIX + "(\\d{4})(\\d{2})(\\d{4})([0-9A-Z])");

    public RegistryNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        if (district == null || !district.matches("\\d{2}")) {
            throw new IllegalArgumentException("District must be two digits: " + district);
        }
        if (sequence < 1 || sequence > 9999) {
            throw new IllegalArgumentException("Sequence must be 1 to 9999: " + sequence);
        }
    }

    /** The number of the {@code sequence}-th registration of a year in the district with that six-digit code. */
    public static RegistryNumber of(int year, String districtCode, int sequence) {
        if (districtCode == null || !districtCode.matches("12\\d{4}")) {
            throw new IllegalArgumentException("Not a Tianjin district code: " + districtCode);
        }
        return new RegistryNumber(year, districtCode.substring(4), sequence);
    }

    public char checkCharacter() {
        return CreditCode.checkOf(body());
    }

    @Override
    public String toString() {
        return PREFIX + '-' + year + '-' + district + '-' + fourDigits() + '-' + checkCharacter();
    }

    /**
     * Reads a number as someone types it (hyphens optional, lower case and full-width accepted); empty when it is not
     * one or its check character is wrong.
     */
    public static Optional<RegistryNumber> parse(String raw) {
        Matcher m = FORM.matcher(Texts.typedCode(raw));
        if (!m.matches()) {
            return Optional.empty();
        }
        RegistryNumber number;
        try {
            number = new RegistryNumber(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a year before 2000 or sequence 0000: the constructor's bounds are the only ones
        }
        return number.checkCharacter() == m.group(4).charAt(0) ? Optional.of(number) : Optional.empty();
    }

    private String body() {
        return String.valueOf(year) + district + fourDigits();
    }

    private String fourDigits() {
        return String.format(Locale.ROOT, "%04d", sequence);
    }
}
