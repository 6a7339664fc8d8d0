package cn.tianjin.quality.platform.work;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar document (RFC 5545) of all-day events: text escaped, lines ended with CRLF and folded at 75 octets
 * without splitting a character, as calendar programs read it.
 */
public final class ICalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final int MAX_OCTETS = 75;

    private final List<String> lines = new ArrayList<>();
    private final String stamp;

    /** A calendar named {@code name}; {@code now} in UTC stamps every event. */
    public ICalendar(String name, LocalDateTime nowUtc) {
        stamp = nowUtc.format(STAMP) + "Z";
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Tianjin Quality Portal//Deadlines//ZH");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + escape(name));
    }

    /** An all-day event on {@code day}, with a stable {@code uid} so a calendar updates it instead of adding another. */
    public ICalendar allDay(String uid, LocalDate day, String summary, String description, String url) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + escape(uid));
        lines.add("DTSTAMP:" + stamp);
        lines.add("DTSTART;VALUE=DATE:" + day.format(DAY));
        lines.add("DTEND;VALUE=DATE:" + day.plusDays(1).format(DAY));
        lines.add("SUMMARY:" + escape(summary));
        if (description != null && !description.isEmpty()) {
            lines.add("DESCRIPTION:" + escape(description));
        }
        if (url != null) {
            lines.add("URL:" + url);
        }
        lines.add("TRANSP:TRANSPARENT");
        lines.add("END:VEVENT");
        return this;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            fold(line, out);
        }
        return out + "END:VCALENDAR\r\n";
    }

    /** Backslash, semicolon, comma and line breaks escaped as TEXT values need. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** The line in pieces of at most 75 octets, each continuation starting with a space. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
