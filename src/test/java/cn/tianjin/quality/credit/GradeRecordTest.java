package cn.tianjin.quality.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeRecordTest {
    @Test
    void theReasonsReadBackAsTheyWereWithTheSeparatorKeptOutOfTheText() {
        var reasons = List.of(
                new CreditGrading.Reason(CreditGrading.Factor.SPOT_CHECK_FAILED, -10, LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29),
                        "电热水壶 | 批次\n2026-03"),
                new CreditGrading.Reason(CreditGrading.Factor.HONOUR_HELD, 10, LocalDate.of(2024, 1, 1), null, ""));
        var result = new CreditGrading.Result(CreditGrading.Grade.B, 75, 2, reasons);
        GradeRecord stored = new GradeRecord("91120116MA07TEAT1X", result, LocalDate.of(2026, 12, 7), LocalDateTime.of(2026, 12, 7, 9, 0));
        assertThat(stored.reasonList()).extracting(CreditGrading.Reason::factor, CreditGrading.Reason::countsUntil,
                        CreditGrading.Reason::detail)
                .containsExactly(org.assertj.core.api.Assertions.tuple(CreditGrading.Factor.SPOT_CHECK_FAILED, LocalDate.of(2028, 2, 29),
                                "电热水壶 / 批次 2026-03"),
                        org.assertj.core.api.Assertions.tuple(CreditGrading.Factor.HONOUR_HELD, null, ""));
        assertThat(stored.sameAs(result)).isTrue();
        assertThat(stored.sameAs(new CreditGrading.Result(CreditGrading.Grade.B, 75, 3, reasons))).as("new rules").isFalse();
    }
}
