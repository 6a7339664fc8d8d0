package cn.tianjin.quality.platform.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbenchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void lateComesFirstThenTheSoonestDueThenTheUndated() {
        WorkItem undated = WorkItem.of("a", 4, "/a", null);
        WorkItem nextMonth = WorkItem.of("b", 1, "/b", TODAY.plusDays(30));
        WorkItem tomorrow = WorkItem.of("c", 2, "/c", TODAY.plusDays(1));
        WorkItem lastWeek = WorkItem.of("d", 3, "/d", TODAY.minusDays(7));
        WorkItem overdue = WorkItem.overdue("e", 5, "/e");
        List<WorkItem> arranged = Workbench.arrange(List.of(undated, nextMonth, tomorrow, lastWeek, overdue), TODAY);
        assertEquals(List.of("d", "e", "c", "b", "a"), arranged.stream().map(WorkItem::key).toList());
    }

    @Test
    void nothingCountedIsLeftOut() {
        assertEquals(List.of("b"), Workbench.arrange(List.of(WorkItem.of("a", 0, "/a", null),
                WorkItem.overdue("z", 0, "/z"), WorkItem.of("b", 1, "/b", null)), TODAY).stream().map(WorkItem::key).toList());
    }

    @Test
    void dueTodayIsSoonNotLate() {
        WorkItem today = WorkItem.of("a", 1, "/a", TODAY);
        assertFalse(today.lateOn(TODAY));
        assertTrue(today.dueSoonOn(TODAY, 7));
        assertTrue(today.lateOn(TODAY.plusDays(1)));
        assertFalse(WorkItem.of("b", 1, "/b", TODAY.plusDays(8)).dueSoonOn(TODAY, 7));
    }
}
