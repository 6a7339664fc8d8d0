package cn.tianjin.quality.cqo;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When the yearly work report is asked for and how the reminders escalate. The report on year Y is due by the deadline
 * of year Y + 1 (31 March by default: the first quarter); an enterprise must report on Y when its CQO was registered
 * by the end of Y and is registered still. Reminders, each sent once:
 * <ol>
 *   <li>{@link #OPENING}: from 1 January, the report is open;</li>
 *   <li>{@link #LAST_MONTH}: from a month before the deadline, if not submitted;</li>
 *   <li>{@link #OVERDUE}: the day after the deadline, to the enterprise, and the bureau is told;</li>
 *   <li>{@link #STILL_OVERDUE}: a month after the deadline, to both again.</li>
 * </ol>
 * A level missed (the portal was down, the registration came late) is not sent late: only the highest due level is.
 */
public final class ReportSchedule {
    public static final int NONE = 0;
    public static final int OPENING = 1;
    public static final int LAST_MONTH = 2;
    public static final int OVERDUE = 3;
    public static final int STILL_OVERDUE = 4;

    private final MonthDay deadline;

    public ReportSchedule(MonthDay deadline) {
        if (deadline == null || deadline.getMonthValue() > 11) {
            throw new IllegalArgumentException("The deadline must fall between January and November: " + deadline);
        }
        this.deadline = deadline;
    }

    /** The last day to submit the report on {@code reportYear}. */
    public LocalDate deadline(int reportYear) {
        return deadline.atYear(reportYear + 1);
    }

    /** The year whose report is being asked for on {@code today}: the year before. */
    public static int reportYearOn(LocalDate today) {
        return today.getYear() - 1;
    }

    /** Whether the report on {@code reportYear} is late on {@code today}. */
    public boolean overdue(int reportYear, LocalDate today) {
        return today.isAfter(deadline(reportYear));
    }

    /** The highest reminder level due on {@code today} for a report on {@code reportYear} not yet submitted. */
    public int levelOn(int reportYear, LocalDate today) {
        LocalDate due = deadline(reportYear);
        if (today.isBefore(LocalDate.of(reportYear + 1, 1, 1))) {
            return NONE;
        }
        if (today.isAfter(due.plusMonths(1))) {
            return STILL_OVERDUE;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        if (!today.isBefore(due.minusMonths(1))) {
            return LAST_MONTH;
        }
        return OPENING;
    }

    /** Whether a level also tells the bureau. */
    public static boolean escalates(int level) {
        return level >= OVERDUE;
    }
}
