package cn.tianjin.quality.steering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.steering.ReportPeriod.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void eachKindNamesItsPeriodsAndTheirDays() {
        LocalDate day = LocalDate.of(2026, 8, 15);
        assertThat(ReportPeriod.containing(Kind.MONTH, day).key()).isEqualTo("2026-08");
        assertThat(ReportPeriod.containing(Kind.QUARTER, day).key()).isEqualTo("2026-Q3");
        assertThat(ReportPeriod.containing(Kind.HALF, day).key()).isEqualTo("2026-H2");
        assertThat(ReportPeriod.containing(Kind.YEAR, day).key()).isEqualTo("2026");
        ReportPeriod q3 = ReportPeriod.containing(Kind.QUARTER, day);
        assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q3.due(15)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(ReportPeriod.containing(Kind.MONTH, LocalDate.of(2024, 2, 10)).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void keysAreReadOnlyForTheirOwnKind() {
        assertThat(ReportPeriod.parse(Kind.QUARTER, " 2026-Q4 ")).contains(new ReportPeriod(Kind.QUARTER, 2026, 4));
        assertThat(ReportPeriod.parse(Kind.MONTH, "2026-12")).contains(new ReportPeriod(Kind.MONTH, 2026, 12));
        assertThat(ReportPeriod.parse(Kind.YEAR, "2025")).contains(new ReportPeriod(Kind.YEAR, 2025, 1));
        assertThat(ReportPeriod.parse(Kind.QUARTER, "2026-Q5")).isEmpty();
        assertThat(ReportPeriod.parse(Kind.QUARTER, "2026-03")).isEmpty();
        assertThat(ReportPeriod.parse(Kind.MONTH, "2026-13")).isEmpty();
        assertThat(ReportPeriod.parse(Kind.HALF, "2026")).isEmpty();
        assertThat(ReportPeriod.parse(Kind.YEAR, "abc")).isEmpty();
        assertThat(ReportPeriod.parse(Kind.YEAR, null)).isEmpty();
    }

    @Test
    void thePeriodsThatEndedComeNewestFirstAndRollOverTheYear() {
        ReportPeriod first = ReportPeriod.parse(Kind.QUARTER, "2025-Q3").orElseThrow();
        assertThat(ReportPeriod.ended(first, LocalDate.of(2026, 7, 1), 12)).extracting(ReportPeriod::key)
                .containsExactly("2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3");
        assertThat(ReportPeriod.ended(first, LocalDate.of(2026, 7, 1), 2)).extracting(ReportPeriod::key)
                .containsExactly("2026-Q2", "2026-Q1");
        assertThat(ReportPeriod.ended(first, LocalDate.of(2025, 9, 30), 12)).as("the quarter ends that day").isEmpty();
        assertThat(new ReportPeriod(Kind.MONTH, 2026, 12).next().key()).isEqualTo("2027-01");
    }
}
