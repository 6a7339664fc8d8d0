package cn.tianjin.quality.brand;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.brand.ReportSchedule.Step;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aRecognitionOwesAReportOnEachFullYearItHoldsFromTheYearItWasGranted() {
        // Granted 20 September 2024 for three years (to 19 September 2027).
        LocalDate from = d("2024-09-20");
        LocalDate until = d("2027-09-19");
        assertThat(ReportSchedule.yearsOwed(from, until, d("2024-12-31"))).isEmpty();
        assertThat(ReportSchedule.yearsOwed(from, until, d("2025-01-01"))).containsExactly(2024);
        assertThat(ReportSchedule.yearsOwed(from, until, d("2027-03-01"))).containsExactly(2024, 2025, 2026);
        // No report on 2027: the recognition ends before its window opens.
        assertThat(ReportSchedule.yearsOwed(from, until, d("2028-02-01"))).containsExactly(2024, 2025, 2026);
        assertThat(ReportSchedule.dueDay(2024)).isEqualTo(d("2025-04-30"));
    }

    @Test
    void aReportNotFiledIsRemindedThenWarnedThenSuspendedThirtyDaysAfterTheWarning() {
        assertThat(ReportSchedule.next(2024, d("2025-02-28"), Map.of())).isEmpty();
        assertThat(ReportSchedule.next(2024, d("2025-03-01"), Map.of())).contains(Step.REMINDED);
        assertThat(ReportSchedule.next(2024, d("2025-04-30"), Map.of(Step.REMINDED, d("2025-03-01")))).isEmpty();
        assertThat(ReportSchedule.next(2024, d("2025-05-01"), Map.of(Step.REMINDED, d("2025-03-01")))).contains(Step.WARNED);
        Map<Step, LocalDate> warned = Map.of(Step.REMINDED, d("2025-03-01"), Step.WARNED, d("2025-05-01"));
        assertThat(ReportSchedule.next(2024, d("2025-05-30"), warned)).isEmpty();
        assertThat(ReportSchedule.next(2024, d("2025-05-31"), warned)).contains(Step.SUSPENDED);
        assertThat(ReportSchedule.next(2024, d("2025-07-01"), Map.of(Step.WARNED, d("2025-05-01"), Step.SUSPENDED,
                d("2025-05-31")))).isEmpty();
    }

    @Test
    void aPortalDownForMonthsWarnsFirstAndNeverSuspendsWithoutAWarningThirtyDaysOld() {
        // Nothing was sent before August: the warning goes out now, the suspension a month later.
        assertThat(ReportSchedule.next(2024, d("2025-08-10"), Map.of())).contains(Step.WARNED);
        Map<Step, LocalDate> late = Map.of(Step.WARNED, d("2025-08-10"));
        assertThat(ReportSchedule.next(2024, d("2025-09-08"), late)).isEmpty();
        assertThat(ReportSchedule.next(2024, d("2025-09-09"), late)).contains(Step.SUSPENDED);
    }
}
