package cn.tianjin.quality.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.platform.FieldProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpotCheckRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String CODE = CreditCode.withCheckCharacter("91120116MA07TEAT1");

    private static SpotCheckForm failed() {
        SpotCheckForm f = new SpotCheckForm();
        f.setCreditCode(" " + CODE.toLowerCase() + " ");
        f.setProduct(" 电热水壶 ");
        f.setBatch("20261101");
        f.setCheckedOn(LocalDate.of(2026, 11, 10));
        f.setPassed(false);
        f.setFailedItems("耐热性、标志和说明");
        f.setInspectionBody("天津市产品质量监督检测技术研究院");
        f.setRectifyBy(LocalDate.of(2026, 12, 10));
        return f;
    }

    @Test
    void aGoodFailureHasNoProblemAndIsNormalised() {
        SpotCheckForm f = failed();
        assertThat(SpotCheckRules.problems(f, TODAY)).isEmpty();
        assertThat(f.getCreditCode()).isEqualTo(CODE);
        assertThat(f.getProduct()).isEqualTo("电热水壶");
    }

    @Test
    void aPassDropsTheFailureFields() {
        SpotCheckForm f = failed();
        f.setPassed(true);
        assertThat(SpotCheckRules.problems(f, TODAY)).isEmpty();
        assertThat(f.getFailedItems()).isNull();
        assertThat(f.getRectifyBy()).isNull();
    }

    @Test
    void everyProblemIsReportedOnItsField() {
        SpotCheckForm f = failed();
        f.setCreditCode(CODE.substring(0, 17) + (CODE.charAt(17) == '0' ? '1' : '0'));
        f.setProduct(" ");
        f.setCheckedOn(TODAY.plusDays(1));
        f.setFailedItems(null);
        f.setRectifyBy(null);
        f.setInspectionBody("检".repeat(SpotCheckRules.BODY_MAX + 1));
        assertThat(SpotCheckRules.problems(f, TODAY)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("creditCode", "creditCode.checkCharacter"), tuple("product", "field.required"),
                        tuple("checkedOn", "spotCheck.checkedOn.future"), tuple("inspectionBody", "spotCheck.tooLong"),
                        tuple("failedItems", "field.required"), tuple("rectifyBy", "spotCheck.rectifyBy.required"));
    }

    @Test
    void theDeadlineMustComeAfterTheSampling() {
        SpotCheckForm f = failed();
        f.setRectifyBy(f.getCheckedOn());
        assertThat(SpotCheckRules.problems(f, TODAY)).extracting(FieldProblem::messageKey)
                .containsExactly("spotCheck.rectifyBy.beforeCheck");
        f = failed();
        f.setPassed(null);
        assertThat(SpotCheckRules.problems(f, TODAY)).extracting(FieldProblem::field).containsExactly("passed");
    }

    @Test
    void remindersFallInTheWeekBeforeTheDeadlineAndAfterIt() {
        LocalDate deadline = LocalDate.of(2026, 12, 20);
        assertThat(SpotCheckRules.reminderDue(deadline, LocalDate.of(2026, 12, 12))).isNull();
        assertThat(SpotCheckRules.reminderDue(deadline, LocalDate.of(2026, 12, 13))).isEqualTo(SpotCheckReminder.DUE_SOON);
        assertThat(SpotCheckRules.reminderDue(deadline, deadline)).isEqualTo(SpotCheckReminder.DUE_SOON);
        assertThat(SpotCheckRules.reminderDue(deadline, LocalDate.of(2026, 12, 21))).isEqualTo(SpotCheckReminder.OVERDUE);
        assertThat(SpotCheckRules.reminderDue(null, deadline)).isNull();
    }

    @Test
    void theRateIsRoundedDownSoItNeverShowsATargetNotReached() {
        // 2 of 3 rectified: 66.666... shows as 66.6; 1999 of 2000: 99.95 shows as 99.9, not 100.0.
        assertThat(new SpotCheckRules.YearFigures(2026, 10, 3, 2, 0, 1, 1).rate()).isEqualTo(66.6);
        assertThat(new SpotCheckRules.YearFigures(2026, 9000, 2000, 1999, 1, 0, 0).rate()).isEqualTo(99.9);
        assertThat(new SpotCheckRules.YearFigures(2026, 5, 4, 4, 0, 0, 0).rate()).isEqualTo(100.0);
        assertThat(new SpotCheckRules.YearFigures(2026, 5, 0, 0, 0, 0, 0).rate()).isNull();
    }
}
