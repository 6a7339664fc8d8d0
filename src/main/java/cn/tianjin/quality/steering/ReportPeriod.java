package cn.tianjin.quality.steering;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a periodic report: a month ({@code 2026-03}), a quarter ({@code 2026-Q1}), a half year
 * ({@code 2026-H1}) or a year ({@code 2026}). A period is filed once it has ended and is due a set number of days
 * after its last day.
 */
public record ReportPeriod(Kind kind, int year, int number) implements Serializable, Comparable<ReportPeriod> {
    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

    /** How long a period lasts, in months. */
    public enum Kind {
        MONTH(1), QUARTER(3), HALF(6), YEAR(12);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }

    public ReportPeriod {
        if (number < 1 || number > 12 / kind.months) {
            throw new IllegalArgumentException(kind + " " + year + " has no period " + number);
        }
    }

    /** The period of the kind that holds the day. */
    public static ReportPeriod containing(Kind kind, LocalDate day) {
        return new ReportPeriod(kind, day.getYear(), (day.getMonthValue() - 1) / kind.months + 1);
    }

    /** The period a key names, if it is one of the kind's keys. */
    public static Optional<ReportPeriod> parse(Kind kind, String key) {
        Matcher m = key == null ? null : KEY.matcher(key.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        String month = m.group(2);
        String quarter = m.group(3);
        String half = m.group(4);
        Integer n = switch (kind) {
            case MONTH -> month == null ? null : Integer.valueOf(month);
            case QUARTER -> quarter == null ? null : Integer.valueOf(quarter);
            case HALF -> half == null ? null : Integer.valueOf(half);
            case YEAR -> month == null && quarter == null && half == null ? 1 : null;
        };
        if (n == null || n < 1 || n > 12 / kind.months) {
            return Optional.empty();
        }
        return Optional.of(new ReportPeriod(kind, year, n));
    }

    public String key() {
        return switch (kind) {
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * kind.months + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(kind.months).minusDays(1);
    }

    /** The last day to file the period: {@code days} after its last day. */
    public LocalDate due(int days) {
        return lastDay().plusDays(days);
    }

    public ReportPeriod next() {
        int n = number + 1;
        return n > 12 / kind.months ? new ReportPeriod(kind, year + 1, 1) : new ReportPeriod(kind, year, n);
    }

    /** Whether the period ended before the day, and so may be filed. */
    public boolean endedBefore(LocalDate day) {
        return lastDay().isBefore(day);
    }

    /** The periods from {@code first} that ended before {@code today}, newest first; at most {@code max}. */
    public static List<ReportPeriod> ended(ReportPeriod first, LocalDate today, int max) {
        List<ReportPeriod> out = new ArrayList<>();
        for (ReportPeriod p = first; p.endedBefore(today); p = p.next()) {
            out.add(0, p);
        }
        return out.size() > max ? out.subList(0, max) : out;
    }

    @Override
    public int compareTo(ReportPeriod o) {
        return firstDay().compareTo(o.firstDay());
    }

    @Override
    public String toString() {
        return key();
    }
}
