package cn.tianjin.quality.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.ItemKind;
import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Category scores, percentages and the comparison with a profile, against figures worked out by hand. */
class AssessmentResultsTest {

    /** A: 110 points (50 + 30 + 30), B: 90 (40 + 50), C: 15 (one item); 215 in all. */
    private static final RubricDefinition RUBRIC = new RubricDefinition("test", "测试", "Test", 215, List.of(
            category("A", 110, item("A.1", 50), item("A.2", 30), item("A.3", 30)),
            category("B", 90, item("B.1", 40), item("B.2", 50)),
            category("C", 15, item("C.1", 15))));

    private static RubricCategory category(String code, int points, RubricItem... items) {
        return new RubricCategory(code, code, code, points, List.of(items));
    }

    private static RubricItem item(String code, int points) {
        return new RubricItem(code, code, code, points, ItemKind.PROCESS, List.of());
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A.1 40% = 20.0, A.2 55% = 16.5, A.3 35% = 10.5; B.1 15% = 6.0, B.2 not scored; C.1 35% = 5.25, shown 5.3. */
    private static final Map<String, Integer> PERCENTS = Map.of("A.1", 40, "A.2", 55, "A.3", 35, "B.1", 15, "C.1", 35);

    @Test
    void categoryScoresAddTheItemScoresAndTheirPercentageIsOfTheCategorysPoints() {
        AssessmentResults.Results r = AssessmentResults.of(RUBRIC, PERCENTS);

        assertThat(r.categories()).extracting(AssessmentResults.CategoryResult::code).containsExactly("A", "B", "C");
        assertThat(r.categories()).extracting(AssessmentResults.CategoryResult::score)
                .containsExactly(d("47.0"), d("6.0"), d("5.3"));
        // 47.0 / 110 = 42.727...; 6.0 / 90 = 6.666... (the unscored B.2 counts as nothing); 5.3 / 15 = 35.333...
        // C is 35.3, not 35.0: the percentage is of the rounded score the enterprise sees, so the page adds up.
        assertThat(r.categories()).extracting(AssessmentResults.CategoryResult::percent)
                .containsExactly(d("42.7"), d("6.7"), d("35.3"));
        assertThat(r.total()).isEqualTo(d("58.3"));
        assertThat(r.totalPoints()).isEqualTo(215);
        assertThat(r.totalPercent()).as("58.3 / 215 = 27.116...").isEqualTo(d("27.1"));
        assertThat(r.scoredItems()).isEqualTo(5);
        assertThat(r.items()).isEqualTo(6);
        assertThat(r.complete()).isFalse();
    }

    @Test
    void anEmptyAssessmentScoresZeroEverywhere() {
        AssessmentResults.Results r = AssessmentResults.of(RUBRIC, Map.of());

        assertThat(r.categories()).extracting(AssessmentResults.CategoryResult::percent)
                .containsExactly(d("0.0"), d("0.0"), d("0.0"));
        assertThat(r.total()).isEqualTo(d("0.0"));
        assertThat(r.scoredItems()).isZero();
    }

    @Test
    void aFullyScoredAssessmentIsComplete() {
        Map<String, Integer> all = Map.of("A.1", 100, "A.2", 100, "A.3", 100, "B.1", 100, "B.2", 100, "C.1", 100);

        AssessmentResults.Results r = AssessmentResults.of(RUBRIC, all);

        assertThat(r.complete()).isTrue();
        assertThat(r.total()).isEqualTo(d("215.0"));
        assertThat(r.totalPercent()).isEqualTo(d("100.0"));
    }

    @Test
    void aPercentageOutsideTheStepsIsABug() {
        assertThatThrownBy(() -> AssessmentResults.of(RUBRIC, Map.of("A.1", 42))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differencesAreInPercentagePointsAndNameTheStrongestAndWeakestCategories() {
        AssessmentResults.Results r = AssessmentResults.of(RUBRIC, PERCENTS);

        AssessmentResults.Comparison c = AssessmentResults.compare(r, Map.of("A", d("37.5"), "B", d("37.5"), "C", d("37.5")));

        // 42.7 - 37.5 = 5.2; 6.7 - 37.5 = -30.8; 35.3 - 37.5 = -2.2
        assertThat(c.differences()).extracting(AssessmentResults.CategoryDifference::difference)
                .containsExactly(d("5.2"), d("-30.8"), d("-2.2"));
        assertThat(c.differences()).extracting(AssessmentResults.CategoryDifference::reference)
                .containsExactly(d("37.5"), d("37.5"), d("37.5"));
        assertThat(c.strongest()).containsExactly("A");
        assertThat(c.weakest()).containsExactly("B");
    }

    @Test
    void tiedCategoriesAreNamedTogether() {
        AssessmentResults.Results r = AssessmentResults.of(RUBRIC, PERCENTS);

        // 42.7 - 37.5 = 5.2; 6.7 - 1.5 = 5.2; 35.3 - 35.3 = 0
        AssessmentResults.Comparison c = AssessmentResults.compare(r, Map.of("A", d("37.5"), "B", d("1.5"), "C", d("35.3")));

        assertThat(c.strongest()).containsExactly("A", "B");
        assertThat(c.weakest()).containsExactly("C");
    }

    @Test
    void whenEveryCategoryIsTheSameDistanceFromTheProfileNoneStandsOut() {
        AssessmentResults.Results r = AssessmentResults.of(RUBRIC, PERCENTS);

        AssessmentResults.Comparison c = AssessmentResults.compare(r, Map.of("A", d("37.7"), "B", d("1.7"), "C", d("30.3")));

        assertThat(c.differences()).extracting(AssessmentResults.CategoryDifference::difference)
                .containsOnly(d("5.0"));
        assertThat(c.strongest()).isEmpty();
        assertThat(c.weakest()).isEmpty();
    }

    @Test
    void categoriesTheProfileLeavesOutAreNotCompared() {
        AssessmentResults.Results r = AssessmentResults.of(RUBRIC, PERCENTS);

        AssessmentResults.Comparison c = AssessmentResults.compare(r, Map.of("A", d("57.5"), "C", d("17.5")));

        assertThat(c.differences()).extracting(AssessmentResults.CategoryDifference::code).containsExactly("A", "C");
        assertThat(c.strongest()).containsExactly("C");
        assertThat(c.weakest()).containsExactly("A");
    }
}
