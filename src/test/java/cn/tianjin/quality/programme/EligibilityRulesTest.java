package cn.tianjin.quality.programme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.programme.EligibilityRules.Facts;
import cn.tianjin.quality.programme.EligibilityRules.Listing;
import cn.tianjin.quality.programme.EligibilityRules.Outcome;
import cn.tianjin.quality.programme.EligibilityRules.Result;
import cn.tianjin.quality.programme.EligibilityRules.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final Rules RULES = new Rules(3, 2, 4, Set.of());

    private static Map<String, Outcome> evaluate(Rules rules, Facts facts) {
        return EligibilityRules.standard(rules, facts, TODAY, 2026).stream()
                .collect(Collectors.toMap(Outcome::check, o -> o));
    }

    private static Facts clean() {
        return new Facts(true, LocalDate.of(2015, 1, 1), "C", List.of(), List.of());
    }

    @Test
    void aCleanTianjinManufacturerPassesEveryCheckTheWorkflowMakes() {
        List<Outcome> o = EligibilityRules.standard(RULES, clean(), TODAY, 2026);

        assertThat(o).extracting(Outcome::check).containsExactly(EligibilityRules.TIANJIN, EligibilityRules.YEARS,
                EligibilityRules.INDUSTRY, EligibilityRules.CREDIT, EligibilityRules.EARLIER_WIN);
        assertThat(o).extracting(Outcome::result).containsOnly(Result.PASS);
    }

    @Test
    void operatingYearsCountFromTheFoundingDate() {
        // Founded exactly three years before today: old enough; one day later: not.
        assertThat(evaluate(RULES, new Facts(true, LocalDate.of(2023, 5, 20), "C", List.of(), List.of())).get(EligibilityRules.YEARS).result())
                .isEqualTo(Result.PASS);
        assertThat(evaluate(RULES, new Facts(true, LocalDate.of(2023, 5, 21), "C", List.of(), List.of())).get(EligibilityRules.YEARS).result())
                .isEqualTo(Result.FAIL);
        assertThat(evaluate(RULES, new Facts(true, null, "C", List.of(), List.of())).get(EligibilityRules.YEARS).result())
                .isEqualTo(Result.REVIEW);
    }

    @Test
    void aListingInForceAnywhereInTheLookBackWindowFailsAndIsCited() {
        // Window: 2024-05-20 to today. Ended 2024-05-19: outside; ended 2024-05-20: inside; listed in the future: outside.
        Listing endedBefore = new Listing(1, "抽查不合格", "津市监〔2021〕1号", LocalDate.of(2021, 5, 19), LocalDate.of(2024, 5, 19));
        Listing endedInside = new Listing(2, "虚假检验报告", "津市监〔2021〕2号", LocalDate.of(2021, 5, 20), LocalDate.of(2024, 5, 20));
        Facts before = new Facts(true, LocalDate.of(2015, 1, 1), "C", List.of(endedBefore), List.of());
        Facts inside = new Facts(true, LocalDate.of(2015, 1, 1), "C", List.of(endedBefore, endedInside), List.of());

        assertThat(evaluate(RULES, before).get(EligibilityRules.CREDIT).result()).isEqualTo(Result.PASS);
        Outcome failed = evaluate(RULES, inside).get(EligibilityRules.CREDIT);
        assertThat(failed.result()).isEqualTo(Result.FAIL);
        assertThat(failed.args().get(1).toString()).contains("虚假检验报告").contains("津市监〔2021〕2号").doesNotContain("抽查不合格");
    }

    @Test
    void outsideTianjinAndOutsideTheCampaignIndustriesFail() {
        Rules manufacturingOnly = new Rules(3, 2, 4, Set.of("C", "D"));
        Map<String, Outcome> o = evaluate(manufacturingOnly, new Facts(false, LocalDate.of(2015, 1, 1), "F", List.of(), List.of()));

        assertThat(o.get(EligibilityRules.TIANJIN).result()).isEqualTo(Result.FAIL);
        assertThat(o.get(EligibilityRules.INDUSTRY).result()).isEqualTo(Result.FAIL);
        assertThat(o.get(EligibilityRules.INDUSTRY).args()).containsExactly("F", "C, D");
    }

    @Test
    void anEarlierWinWithinTheExclusionPeriodFails() {
        // Exclusion of 4 years for a 2026 campaign: a 2022 win still counts, a 2021 win no longer does.
        assertThat(evaluate(RULES, new Facts(true, LocalDate.of(2015, 1, 1), "C", List.of(), List.of(2022))).get(EligibilityRules.EARLIER_WIN).result())
                .isEqualTo(Result.FAIL);
        assertThat(evaluate(RULES, new Facts(true, LocalDate.of(2015, 1, 1), "C", List.of(), List.of(2021))).get(EligibilityRules.EARLIER_WIN).result())
                .isEqualTo(Result.PASS);
    }

    @Test
    void aMinimumCreditGradeAdmitsThatGradeAndBetter() {
        assertThat(EligibilityRules.creditGrade(null, "C", 50).result()).isEqualTo(EligibilityRules.Result.PASS);
        assertThat(EligibilityRules.creditGrade("B", "A", 95).result()).isEqualTo(EligibilityRules.Result.PASS);
        assertThat(EligibilityRules.creditGrade("B", "B", 70).result()).isEqualTo(EligibilityRules.Result.PASS);
        Outcome c = EligibilityRules.creditGrade("B", "C", 69);
        assertThat(c.result()).isEqualTo(EligibilityRules.Result.FAIL);
        assertThat(c.messageKey()).isEqualTo("eligibility.grade.fail");
        assertThat(c.args()).containsExactly("C", 69, "B");
        assertThat(EligibilityRules.creditGrade("C", "D", 80).result()).as("D is below C whatever the score")
                .isEqualTo(EligibilityRules.Result.FAIL);
    }
}
