package cn.tianjin.quality.review;

import static cn.tianjin.quality.review.RubricFixtures.category;
import static cn.tianjin.quality.review.RubricFixtures.guidance;
import static cn.tianjin.quality.review.RubricFixtures.item;
import static cn.tianjin.quality.review.RubricFixtures.rubric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RubricValidatorTest {

    private static RubricProblem problem(String key, Object... args) {
        return new RubricProblem(key, args);
    }

    private static List<RubricProblem> problems(RubricDefinition r) {
        return RubricValidator.problems(r);
    }

    @Test
    void aConsistentRubricHasNoProblems() {
        assertThat(problems(RubricFixtures.valid())).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void blankRubricCodeAndNamesAreReported(String blank) {
        RubricDefinition r = new RubricDefinition(blank, blank, blank, 100, RubricFixtures.valid().categories());

        assertThat(problems(r)).containsExactly(
                problem("rubric.code.blank"), problem("rubric.nameZh.blank"), problem("rubric.nameEn.blank"));
    }

    @Test
    void aRubricCodeThatCannotNameAFileIsReported() {
        RubricDefinition r = new RubricDefinition("GB/T 19580", "准则", "Criteria", 100, RubricFixtures.valid().categories());

        assertThat(problems(r)).containsExactly(problem("rubric.code.invalid", "GB/T 19580"));
    }

    @Test
    void aRubricWithoutCategoriesIsReported() {
        assertThat(problems(rubric(0))).containsExactly(problem("rubric.noCategories"));
    }

    @Test
    void blankCategoryCodeIsReportedByPositionAndItsOtherProblemsByThatPosition() {
        RubricCategory noCode = new RubricCategory("", "", " ", 40, List.of(item("2.1", 40, ItemKind.RESULTS)));
        RubricDefinition r = rubric(100, category("1", 60, item("1.1", 60, ItemKind.PROCESS)), noCode);

        assertThat(problems(r)).containsExactly(
                problem("rubric.category.code.blank", 2),
                problem("rubric.category.nameZh.blank", "#2"),
                problem("rubric.category.nameEn.blank", "#2"));
    }

    @Test
    void blankItemCodeAndNamesAreReportedWithTheirCategory() {
        RubricItem noCode = new RubricItem(" ", null, "", 20, ItemKind.PROCESS, List.of());
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), noCode),
                category("2", 40, item("2.1", 40, ItemKind.RESULTS)));

        assertThat(problems(r)).containsExactly(
                problem("rubric.item.code.blank", "1", 2),
                problem("rubric.item.nameZh.blank", "1 #2"),
                problem("rubric.item.nameEn.blank", "1 #2"));
    }

    @Test
    void duplicateCategoryCodesAreReportedWithBothPositions() {
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 60, ItemKind.PROCESS)),
                category("1", 40, item("1.2", 40, ItemKind.RESULTS)));

        assertThat(problems(r)).containsExactly(problem("rubric.category.duplicate", "1", 1, 2));
    }

    @Test
    void duplicateItemCodesAreReportedWithBothPlacesEvenAcrossCategories() {
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.1", 20, ItemKind.PROCESS)),
                category("2", 40, item("1.1", 40, ItemKind.RESULTS)));

        assertThat(problems(r)).containsExactly(
                problem("rubric.item.duplicate", "1.1", "1", 1, "1", 2),
                problem("rubric.item.duplicate", "1.1", "1", 1, "2", 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -10})
    void itemsWithoutPositivePointsAreReported(int points) {
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 60, ItemKind.PROCESS), item("1.2", points, ItemKind.PROCESS)),
                category("2", 40, item("2.1", 40, ItemKind.RESULTS)));

        assertThat(problems(r)).contains(problem("rubric.item.points", "1.2", points));
    }

    @Test
    void anItemWithoutKindIsReported() {
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.2", 20, null)),
                category("2", 40, item("2.1", 40, ItemKind.RESULTS)));

        assertThat(problems(r)).containsExactly(problem("rubric.item.kindMissing", "1.2"));
    }

    @Test
    void aCategoryWhoseItemsDoNotAddUpIsReportedWithDeclaredAndActualPoints() {
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.2", 25, ItemKind.PROCESS)),
                category("2", 40, item("2.1", 40, ItemKind.RESULTS)));

        assertThat(problems(r)).containsExactly(problem("rubric.categorySum", "1", 60, 65));
    }

    @Test
    void categoriesThatDoNotAddUpToTheTotalAreReportedWithDeclaredAndActualPoints() {
        RubricDefinition r = rubric(1000,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.2", 20, ItemKind.PROCESS)),
                category("2", 40, item("2.1", 40, ItemKind.RESULTS)));

        assertThat(problems(r)).containsExactly(problem("rubric.totalSum", 1000, 100));
    }

    @Test
    void aCategoryWithoutItemsIsReportedOnceRatherThanAlsoAsAWrongSum() {
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.2", 20, ItemKind.PROCESS)),
                category("2", 40));

        assertThat(problems(r)).containsExactly(problem("rubric.category.noItems", "2"));
    }

    @Test
    void guidanceListingABandTwiceIsReportedWithItemAndBand() {
        List<BandGuidance> bands = guidance(ScoreBand.B0_5, ScoreBand.B50_65, ScoreBand.B50_65);
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.2", 20, ItemKind.PROCESS, bands)),
                category("2", 40, item("2.1", 40, ItemKind.RESULTS)));

        assertThat(problems(r)).containsExactly(problem("rubric.band.duplicate", "1.2", "50-65%"));
    }

    @Test
    void guidanceMissingALanguageOrItsBandIsReported() {
        List<BandGuidance> bands = List.of(
                new BandGuidance(ScoreBand.B30_45, "", "Some deployment"),
                new BandGuidance(ScoreBand.B70_85, "良好展开", null),
                new BandGuidance(null, "无", "None"));
        RubricDefinition r = rubric(100,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.2", 20, ItemKind.PROCESS)),
                category("2", 40, item("2.1", 40, ItemKind.RESULTS, bands)));

        assertThat(problems(r)).containsExactly(
                problem("rubric.band.textZh.blank", "2.1", "30-45%"),
                problem("rubric.band.textEn.blank", "2.1", "70-85%"),
                problem("rubric.band.missing", "2.1"));
    }

    @Test
    void guidanceIsOptional() {
        RubricDefinition r = rubric(10, category("1", 10, item("1.1", 10, ItemKind.PROCESS, List.of())));

        assertThat(problems(r)).isEmpty();
    }

    @Test
    void everyProblemIsListedAtOnceInRubricOrder() {
        RubricDefinition r = rubric(120,
                category("1", 60, item("1.1", 40, ItemKind.PROCESS), item("1.1", 0, ItemKind.PROCESS)),
                category("1", 40, item("2.1", 40, null)));

        assertThat(problems(r)).containsExactly(
                problem("rubric.item.duplicate", "1.1", "1", 1, "1", 2),
                problem("rubric.item.points", "1.1", 0),
                problem("rubric.categorySum", "1", 60, 40),
                problem("rubric.category.duplicate", "1", 1, 2),
                problem("rubric.item.kindMissing", "2.1"),
                problem("rubric.totalSum", 120, 100));
    }
}
