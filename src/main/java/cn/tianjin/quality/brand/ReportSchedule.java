package cn.tianjin.quality.brand;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly indicator report a recognised Tianjin brand owes: the figures of each full calendar year it holds the
 * recognition, due by 30 April of the next year. A report not filed is followed, each step told to the holder, by a
 * reminder from 60 days before the due day, a warning once the day has passed, and the suspension of the recognition
 * 30 days after the warning at the earliest (never without one). Filing ends the sequence; a recognition suspended for
 * the report holds again once it is filed. Pure date arithmetic.
 */
public final class ReportSchedule {
    /** The day each year's report is due, in the next year. */
    public static final MonthDay DUE = MonthDay.of(4, 30);
    /** Days before the due day the reminder goes out. */
    public static final int REMIND_BEFORE = 60;
    /** Days a warning gives before the recognition is suspended. */
    public static final int GRACE = 30;

    /** The steps taken for a report not filed, in order. */
    public enum Step { REMINDED, WARNED, SUSPENDED }

    private ReportSchedule() {
    }

    /** The day the report on {@code year} is due. */
    public static LocalDate dueDay(int year) {
        return DUE.atYear(year + 1);
    }

    /**
     * The years a recognition valid from {@code from} to {@code until} owes reports on by {@code today}: each year from
     * the one it was granted in whose report window (from 1 January of the next year) has opened while the
     * recognition still held.
     */
    public static List<Integer> yearsOwed(LocalDate from, LocalDate until, LocalDate today) {
        List<Integer> years = new ArrayList<>();
        for (int y = from.getYear(); y < today.getYear(); y++) {
            LocalDate windowOpens = LocalDate.of(y + 1, 1, 1);
            if (until == null || !windowOpens.isAfter(until)) {
                years.add(y);
            }
        }
        return years;
    }

    /**
     * The step due today for a report on {@code year} not filed, given the steps taken and when; empty when nothing
     * is due (it is too early, or the step due was taken).
     */
    public static Optional<Step> next(int year, LocalDate today, Map<Step, LocalDate> taken) {
        LocalDate due = dueDay(year);
        LocalDate warned = taken.get(Step.WARNED);
        if (warned != null) {
            LocalDate suspendFrom = later(due.plusDays(GRACE), warned.plusDays(GRACE));
            return !today.isBefore(suspendFrom) && !taken.containsKey(Step.SUSPENDED) ? Optional.of(Step.SUSPENDED)
                    : Optional.empty();
        }
        if (today.isAfter(due)) {
            return Optional.of(Step.WARNED);
        }
        if (!today.isBefore(due.minusDays(REMIND_BEFORE)) && !taken.containsKey(Step.REMINDED)) {
            return Optional.of(Step.REMINDED);
        }
        return Optional.empty();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
