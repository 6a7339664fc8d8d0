package cn.tianjin.quality.cqo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.platform.FieldProblem;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {
    private final ReportSchedule schedule = new ReportSchedule(MonthDay.of(3, 31));

    @Test
    void theReportOnAYearIsDueAtTheEndOfTheNextFirstQuarter() {
        assertThat(schedule.deadline(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportSchedule.reportYearOn(LocalDate.of(2026, 1, 1))).isEqualTo(2025);
        assertThat(schedule.overdue(2025, LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(schedule.overdue(2025, LocalDate.of(2026, 4, 1))).isTrue();
    }

    @Test
    void remindersEscalateFromOpeningToTheLastMonthToLateAndStillLate() {
        assertThat(schedule.levelOn(2025, LocalDate.of(2025, 12, 31))).isEqualTo(ReportSchedule.NONE);
        assertThat(schedule.levelOn(2025, LocalDate.of(2026, 1, 1))).isEqualTo(ReportSchedule.OPENING);
        assertThat(schedule.levelOn(2025, LocalDate.of(2026, 2, 27))).isEqualTo(ReportSchedule.OPENING);
        assertThat(schedule.levelOn(2025, LocalDate.of(2026, 2, 28))).isEqualTo(ReportSchedule.LAST_MONTH);
        assertThat(schedule.levelOn(2025, LocalDate.of(2026, 3, 31))).isEqualTo(ReportSchedule.LAST_MONTH);
        assertThat(schedule.levelOn(2025, LocalDate.of(2026, 4, 1))).isEqualTo(ReportSchedule.OVERDUE);
        assertThat(schedule.levelOn(2025, LocalDate.of(2026, 4, 30))).isEqualTo(ReportSchedule.OVERDUE);
        assertThat(schedule.levelOn(2025, LocalDate.of(2026, 5, 1))).isEqualTo(ReportSchedule.STILL_OVERDUE);
        assertThat(ReportSchedule.escalates(ReportSchedule.LAST_MONTH)).isFalse();
        assertThat(ReportSchedule.escalates(ReportSchedule.OVERDUE)).isTrue();
    }

    @Test
    void aDeadlineInDecemberWouldLeaveNoTimeAndIsRefused() {
        assertThatThrownBy(() -> new ReportSchedule(MonthDay.of(12, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReportSchedule(MonthDay.of(2, 29)).deadline(2026)).as("a leap day in a common year").isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aDraftMayBeIncompleteASubmittedReportMayNot() {
        ReportForm f = new ReportForm();
        f.setGoalsResults("  年度目标全部完成 ");
        assertThat(f.problems(false)).isEmpty();
        assertThat(f.getGoalsResults()).isEqualTo("年度目标全部完成");
        assertThat(f.problems(true)).extracting(FieldProblem::field)
                .containsExactly("improvementProjects", "complaints", "training", "vetoUse", "vetoCount");
        f.setVetoCount(-1);
        assertThat(f.problems(false)).extracting(FieldProblem::messageKey).containsExactly("cqo.report.vetoCount");
    }
}
