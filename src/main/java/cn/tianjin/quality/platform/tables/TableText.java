package cn.tianjin.quality.platform.tables;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of uploaded tables: decoding, cleaning cells, matching headers, reading dates as officials type them. */
public final class TableText {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private TableText() {
    }

    /**
     * Decodes an upload: UTF-8 (BOM stripped) when the bytes are valid UTF-8, otherwise GB18030 (what Excel on a
     * Chinese Windows writes). Chinese text in GB18030 is practically never valid UTF-8, so trying UTF-8 strictly first
     * is a reliable test.
     */
    public static String decode(byte[] content) {
        int offset = hasUtf8Bom(content) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, offset, content.length - offset, GB18030);
        }
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /**
     * Parses a date as officials type it in Excel: 2024-03-01, 2024/3/1, 2024.3.1 or 2024年3月1日.
     * Full-width digits are accepted.
     */
    public static Optional<LocalDate> parseDate(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher numeric = NUMERIC_DATE.matcher(value);
        if (numeric.matches()) {
            return date(numeric.group(1), numeric.group(3), numeric.group(4));
        }
        Matcher chinese = CHINESE_DATE.matcher(value);
        if (chinese.matches()) {
            return date(chinese.group(1), chinese.group(2), chinese.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    /** Lower case with spaces, underscores and hyphens removed, so "Listed On" matches listed_on. */
    public static String headerKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isBlankChar(c) && c != '_' && c != '-') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Trims ordinary whitespace and also the no-break and ideographic spaces Excel cells often carry. */
    public static String clean(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isBlankChar(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
