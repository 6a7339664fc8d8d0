package cn.tianjin.quality.review;

import static cn.tianjin.quality.review.AggregationTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.Ranking.Criterion;
import cn.tianjin.quality.review.Ranking.Place;
import cn.tianjin.quality.review.Ranking.RankedEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Instant NINE = Instant.parse("2025-03-01T01:00:00Z");
    private static final Instant TEN = Instant.parse("2025-03-01T02:00:00Z");

    /*
     * Each neighbouring pair is separated by exactly one step of the rule, and each time the later
     * steps point the other way, to show the earlier step wins:
     *   A over B on score, although B has the better results;
     *   B over C on results, although C has the better leadership;
     *   C over D on leadership, although D was submitted earlier;
     *   D over E on submission time, although E has the lower entry number;
     *   E over F on entry number; F's 790.00 is the same score as 790.0.
     */
    private static final RankedEntry A = new RankedEntry(6, d("800.0"), d("300.0"), d("90.0"), NINE);
    private static final RankedEntry B = new RankedEntry(5, d("790.0"), d("310.0"), d("95.0"), NINE);
    private static final RankedEntry C = new RankedEntry(4, d("790.0"), d("300.0"), d("99.0"), TEN);
    private static final RankedEntry D = new RankedEntry(3, d("790.0"), d("300.0"), d("85.0"), NINE);
    private static final RankedEntry E = new RankedEntry(1, d("790.0"), d("300.0"), d("85.0"), TEN);
    private static final RankedEntry F = new RankedEntry(2, d("790.00"), d("300.0"), d("85.0"), TEN);

    private static final List<Place> EXPECTED = List.of(
            new Place(1, A, null),
            new Place(2, B, Criterion.SCORE),
            new Place(3, C, Criterion.RESULTS_SCORE),
            new Place(4, D, Criterion.LEADERSHIP_SCORE),
            new Place(5, E, Criterion.SUBMITTED_AT),
            new Place(6, F, Criterion.ENTRY_ID));

    private final Ranking ranking = Ranking.standard();

    @Test
    void eachStepOfTheTieBreakDecidesOnePair() {
        assertThat(ranking.rank(List.of(F, E, D, C, B, A))).isEqualTo(EXPECTED);
    }

    @Test
    void everyInputOrderGivesTheSameRanking() {
        List<List<RankedEntry>> orders = new ArrayList<>();
        permute(new ArrayList<>(List.of(A, B, C, D, E, F)), 0, orders);

        assertThat(orders).hasSize(720);
        for (List<RankedEntry> order : orders) {
            assertThat(ranking.rank(order)).as("input order %s", order).isEqualTo(EXPECTED);
        }
    }

    @Test
    void tieBreakScoresComeFromTheConfiguredCategories() {
        Map<String, BigDecimal> categories = Map.of("4.1", d("95.0"), "4.7", d("310.0"), "4.2", d("70.0"));

        assertThat(ranking.entry(5, d("790.0"), categories, NINE)).isEqualTo(B);

        Ranking db12 = new Ranking("效益", "质量");
        RankedEntry entry = db12.entry(7, d("640.0"), Map.of("效益", d("150.0"), "质量", d("260.0")), TEN);
        assertThat(entry).isEqualTo(new RankedEntry(7, d("640.0"), d("150.0"), d("260.0"), TEN));
    }

    @Test
    void aMissingTieBreakCategoryIsAConfigurationError() {
        assertThatThrownBy(() -> ranking.entry(5, d("790.0"), Map.of("4.1", d("95.0")), NINE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4.7");
    }

    @Test
    void anEntryCannotBeRankedTwice() {
        RankedEntry again = new RankedEntry(6, d("700.0"), d("280.0"), d("80.0"), TEN);

        assertThatThrownBy(() -> ranking.rank(List.of(A, again)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Entry 6");
    }

    @Test
    void noEntriesGiveAnEmptyRanking() {
        assertThat(ranking.rank(List.of())).isEmpty();
    }

    private static void permute(List<RankedEntry> items, int from, List<List<RankedEntry>> out) {
        if (from == items.size()) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            Collections.swap(items, from, i);
            permute(items, from + 1, out);
            Collections.swap(items, from, i);
        }
    }
}
