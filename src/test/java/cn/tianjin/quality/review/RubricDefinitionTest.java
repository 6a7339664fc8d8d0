package cn.tianjin.quality.review;

import static cn.tianjin.quality.review.RubricFixtures.category;
import static cn.tianjin.quality.review.RubricFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricDefinitionTest {

    private final RubricDefinition rubric = RubricFixtures.valid();

    @Test
    void itemsComeInRubricOrderAcrossCategories() {
        assertThat(rubric.items()).extracting(RubricItem::code).containsExactly("1.1", "1.2", "2.1");
    }

    @Test
    void findsItemsAndCategoriesByCode() {
        assertThat(rubric.findItem("1.2")).map(RubricItem::points).contains(20);
        assertThat(rubric.findItem("9.9")).isEmpty();
        assertThat(rubric.getItem("2.1").kind()).isEqualTo(ItemKind.RESULTS);
        assertThatThrownBy(() -> rubric.getItem("9.9")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9.9");
        assertThat(rubric.findCategory("2")).map(RubricCategory::points).contains(40);
    }

    @Test
    void knowsTheCategoryOfAnItem() {
        assertThat(rubric.categoryOf("1.2")).map(RubricCategory::code).contains("1");
        assertThat(rubric.categoryOf("2.1")).map(RubricCategory::code).contains("2");
        assertThat(rubric.categoryOf("3.1")).isEmpty();
    }

    @Test
    void findsTheGuidanceForABand() {
        RubricItem item = item("1.1", 10, ItemKind.PROCESS, RubricFixtures.guidance(ScoreBand.B50_65));

        assertThat(item.guidance(ScoreBand.B50_65)).map(BandGuidance::textEn).contains("Guidance 50-65%");
        assertThat(item.guidance(ScoreBand.B90_100)).isEmpty();
    }

    @Test
    void changingTheListsItWasBuiltFromDoesNotChangeTheRubric() {
        List<RubricItem> items = new ArrayList<>(List.of(item("1.1", 10, ItemKind.PROCESS)));
        RubricCategory c = category("1", 10, items.toArray(RubricItem[]::new));
        List<RubricCategory> categories = new ArrayList<>(List.of(c));
        RubricDefinition r = new RubricDefinition("x", "x", "x", 10, categories);

        categories.clear();

        assertThat(r.categories()).hasSize(1);
        assertThatThrownBy(() -> r.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void problemsCompareByContent() {
        assertThat(new RubricProblem("rubric.totalSum", new Object[] {100, 90}))
                .isEqualTo(new RubricProblem("rubric.totalSum", new Object[] {100, 90}))
                .hasToString("rubric.totalSum[100, 90]");
    }
}
