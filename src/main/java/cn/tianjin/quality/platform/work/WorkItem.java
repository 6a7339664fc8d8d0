package cn.tianjin.quality.platform.work;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a workbench: how many things of one kind wait ({@code count}), what they are (a message key and its
 * arguments, the count coming first), where their list is ({@code link}), and by when they must be done ({@code due},
 * or null); {@code overdue} marks what is late already without one due day (rectifications past their own deadlines).
 */
public record WorkItem(String key, List<Object> args, long count, String link, LocalDate due, boolean overdue)
        implements Serializable {
    public WorkItem {
        args = List.copyOf(args);
    }

    public static WorkItem of(String key, long count, String link, LocalDate due, Object... args) {
        return new WorkItem(key, List.of(args), count, link, due, false);
    }

    /** Things each past a deadline of its own. */
    public static WorkItem overdue(String key, long count, String link, Object... args) {
        return new WorkItem(key, List.of(args), count, link, null, true);
    }

    /** The arguments of its message: the count first, then its own. */
    public Object[] messageArgs() {
        List<Object> all = new java.util.ArrayList<>();
        all.add(count);
        all.addAll(args);
        return all.toArray();
    }

    /** Late: the day it was due has passed. */
    public boolean lateOn(LocalDate today) {
        return overdue || due != null && due.isBefore(today);
    }

    /** Due within {@code days} days and not late yet. */
    public boolean dueSoonOn(LocalDate today, int days) {
        return due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }
}
