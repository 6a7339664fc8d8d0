package cn.tianjin.quality.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ICalendarTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 4, 30, 0);

    @Test
    void anAllDayEventLastsItsDayAndEveryLineEndsWithCrLf() {
        String ics = new ICalendar("截止日期", NOW).allDay("work-1@portal", LocalDate.of(2027, 1, 22), "正在受理申请", null,
                "https://portal.example/enterprise/award").text();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20270122\r\n", "DTEND;VALUE=DATE:20270123\r\n", "DTSTAMP:20261207T043000Z\r\n",
                        "SUMMARY:正在受理申请\r\n", "URL:https://portal.example/enterprise/award\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingAChineseCharacter() {
        StringBuilder out = new StringBuilder();
        String summary = "SUMMARY:" + "天津质量奖".repeat(10);
        ICalendar.fold(summary, out);
        String[] parts = out.toString().split("\r\n");
        assertThat(parts).hasSizeGreaterThan(1);
        for (String part : parts) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        StringBuilder unfolded = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            assertThat(parts[i]).startsWith(" ");
            unfolded.append(parts[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(summary);
    }
}
