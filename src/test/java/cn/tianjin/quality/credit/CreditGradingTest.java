package cn.tianjin.quality.credit;

import static cn.tianjin.quality.credit.CreditGrading.Factor.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.tianjin.quality.credit.CreditGrading.Fact;
import cn.tianjin.quality.credit.CreditGrading.Grade;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked by hand against the first published rules: base 75, A from 90, B from 70. */
class CreditGradingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final CreditGrading.Rules RULES;

    static {
        Map<CreditGrading.Factor, CreditGrading.Rule> r = new EnumMap<>(CreditGrading.Factor.class);
        r.put(LISTED, new CreditGrading.Rule(0, 0, 0));
        r.put(LISTING_ENDED, new CreditGrading.Rule(-30, 24, 30));
        r.put(SPOT_CHECK_FAILED, new CreditGrading.Rule(-10, 24, 30));
        r.put(SPOT_CHECK_OVERDUE, new CreditGrading.Rule(-15, 0, 30));
        r.put(DECLARATION_BREACHED, new CreditGrading.Rule(-15, 24, 30));
        r.put(INTERVIEW, new CreditGrading.Rule(-5, 12, 10));
        r.put(SPOT_CHECK_PASSED, new CreditGrading.Rule(3, 36, 9));
        r.put(HONOUR_HELD, new CreditGrading.Rule(10, 0, 10));
        r.put(CQO_REGISTERED, new CreditGrading.Rule(5, 0, 5));
        r.put(COMMITMENT_STANDING, new CreditGrading.Rule(3, 0, 3));
        r.put(STANDARD_DECLARED, new CreditGrading.Rule(3, 0, 3));
        RULES = new CreditGrading.Rules(1, 75, 90, 70, r);
    }

    private static Fact fact(CreditGrading.Factor f, String on) {
        return new Fact(f, LocalDate.parse(on), null, f.name());
    }

    @Test
    void anEmptyFileStartsAtTheBaseScore() {
        var r = CreditGrading.grade(RULES, List.of(), TODAY);
        assertThat(r.grade()).isEqualTo(Grade.B);
        assertThat(r.score()).isEqualTo(75);
        assertThat(r.reasons()).isEmpty();
        assertThat(r.rulesVersion()).isEqualTo(1);
    }

    @Test
    void aGoodRecordEarnsAnA() {
        // 75 + 10 (honour) + 5 (CQO) + 3 (a pass) + 3 (a commitment) = 96.
        var r = CreditGrading.grade(RULES, List.of(fact(HONOUR_HELD, "2024-01-01"), fact(CQO_REGISTERED, "2025-04-10"),
                fact(SPOT_CHECK_PASSED, "2026-03-01"), fact(COMMITMENT_STANDING, "2026-06-07")), TODAY);
        assertThat(r.score()).isEqualTo(96);
        assertThat(r.grade()).isEqualTo(Grade.A);
        assertThat(r.reasons()).extracting(CreditGrading.Reason::factor, CreditGrading.Reason::points, CreditGrading.Reason::countsUntil)
                .containsExactly(tuple(HONOUR_HELD, 10, null), tuple(CQO_REGISTERED, 5, null),
                        tuple(SPOT_CHECK_PASSED, 3, LocalDate.of(2029, 2, 28)), tuple(COMMITMENT_STANDING, 3, null));
    }

    @Test
    void anUnrectifiedFailureAndAnInterviewLowerItToC() {
        // 75 - 10 (failed 2025-06-10, counts until 2027-06-09) - 15 (overdue) - 5 (interview) = 45.
        var r = CreditGrading.grade(RULES, List.of(fact(SPOT_CHECK_FAILED, "2025-06-10"), fact(SPOT_CHECK_OVERDUE, "2025-08-10"),
                fact(INTERVIEW, "2026-11-01")), TODAY);
        assertThat(r.score()).isEqualTo(45);
        assertThat(r.grade()).isEqualTo(Grade.C);
        assertThat(r.reasons()).extracting(CreditGrading.Reason::countsUntil)
                .containsExactly(LocalDate.of(2027, 6, 9), null, LocalDate.of(2027, 10, 31));
    }

    @Test
    void aTimedFactCountsForItsMonthsAndNoLonger() {
        Fact failed = fact(SPOT_CHECK_FAILED, "2024-12-07");
        assertThat(CreditGrading.grade(RULES, List.of(failed), LocalDate.of(2026, 12, 6)).score()).isEqualTo(65);
        assertThat(CreditGrading.grade(RULES, List.of(failed), TODAY).score()).isEqualTo(75);
        Fact notYet = fact(INTERVIEW, "2026-12-08");
        assertThat(CreditGrading.grade(RULES, List.of(notYet), TODAY).reasons()).isEmpty();
    }

    @Test
    void anOngoingFactCountsUntilItEnds() {
        Fact rectifiedLate = new Fact(SPOT_CHECK_OVERDUE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15), "late");
        assertThat(CreditGrading.grade(RULES, List.of(rectifiedLate), LocalDate.of(2026, 11, 14)).score()).isEqualTo(60);
        assertThat(CreditGrading.grade(RULES, List.of(rectifiedLate), TODAY).score()).isEqualTo(75);
    }

    @Test
    void aRunningListingMeansDWhateverTheScore() {
        var r = CreditGrading.grade(RULES, List.of(fact(HONOUR_HELD, "2024-01-01"), fact(CQO_REGISTERED, "2024-01-01"),
                fact(LISTED, "2026-04-07")), TODAY);
        assertThat(r.score()).isEqualTo(90);
        assertThat(r.grade()).isEqualTo(Grade.D);
        assertThat(r.reasons()).extracting(CreditGrading.Reason::factor).contains(LISTED);
    }

    @Test
    void aFactorsTotalStaysWithinItsCapAndTheScoreWithin0And100() {
        // Four passes: 3 + 3 + 3, the fourth adds nothing (cap 9); the reasons name only those that counted.
        var passes = List.of(fact(SPOT_CHECK_PASSED, "2026-01-01"), fact(SPOT_CHECK_PASSED, "2026-02-01"),
                fact(SPOT_CHECK_PASSED, "2026-03-01"), fact(SPOT_CHECK_PASSED, "2026-04-01"));
        var r = CreditGrading.grade(RULES, passes, TODAY);
        assertThat(r.score()).isEqualTo(84);
        assertThat(r.reasons()).hasSize(3);
        // An ended listing (-30) with three failures (-30 cap) and two breaches (-30 cap): 75 - 90 = -15, kept at 0.
        var worst = CreditGrading.grade(RULES, List.of(fact(LISTING_ENDED, "2026-01-01"), fact(SPOT_CHECK_FAILED, "2026-01-01"),
                fact(SPOT_CHECK_FAILED, "2026-02-01"), fact(SPOT_CHECK_FAILED, "2026-03-01"), fact(SPOT_CHECK_FAILED, "2026-04-01"),
                fact(DECLARATION_BREACHED, "2026-05-01"), fact(DECLARATION_BREACHED, "2026-06-01")), TODAY);
        assertThat(worst.score()).isZero();
        assertThat(worst.grade()).isEqualTo(Grade.C);
    }
}
