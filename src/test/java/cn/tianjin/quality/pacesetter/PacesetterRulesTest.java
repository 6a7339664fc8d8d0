package cn.tianjin.quality.pacesetter;

import static cn.tianjin.quality.pacesetter.PacesetterRules.BENCHMARK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PacesetterRulesTest {
    private static final PacesetterRules.Rules THREE_PLACES_AT_180 = new PacesetterRules.Rules(3, new BigDecimal("180"));

    /** Entries 1, 2, 3, ... with the given scores, in ranking order. */
    private static List<cn.tianjin.quality.programme.LockedRanking.Place> ranked(String... scores) {
        return java.util.stream.IntStream.range(0, scores.length)
                .mapToObj(i -> new cn.tianjin.quality.programme.LockedRanking.Place(i + 1, new BigDecimal(scores[i]))).toList();
    }

    @Test
    void theBestThatReachThePassMarkTakeThePlacesAndNoMore() {
        assertThat(PacesetterRules.levels(THREE_PLACES_AT_180, ranked("250", "240", "230", "220", "100"), Set.of()))
                .containsExactly(BENCHMARK, BENCHMARK, BENCHMARK, null, null);
    }

    @Test
    void placesStayEmptyWhenTooFewReachTheMark() {
        assertThat(PacesetterRules.levels(THREE_PLACES_AT_180, ranked("250", "179.9", "120"), Set.of()))
                .containsExactly(BENCHMARK, null, null);
        assertThat(PacesetterRules.levels(THREE_PLACES_AT_180, ranked("170", "160"), Set.of())).containsExactly(null, null);
        assertThat(PacesetterRules.levels(THREE_PLACES_AT_180, List.of(), Set.of())).isEmpty();
    }

    @Test
    void aScoreExactlyAtTheMarkPasses() {
        assertThat(PacesetterRules.levels(THREE_PLACES_AT_180, ranked("180.0"), Set.of())).containsExactly(BENCHMARK);
    }

    @Test
    void aRemovedEntryTakesNoPlaceAndTheNextThatReachedTheMarkMovesUp() {
        assertThat(PacesetterRules.levels(THREE_PLACES_AT_180, ranked("250", "240", "230", "220", "100"), Set.of(2L)))
                .containsExactly(BENCHMARK, null, BENCHMARK, BENCHMARK, null);
        // Nobody below the mark moves up, however many are removed.
        assertThat(PacesetterRules.levels(THREE_PLACES_AT_180, ranked("250", "240", "230", "100"), Set.of(1L, 2L, 3L)))
                .containsExactly(null, null, null, null);
    }

    @Test
    void rulesOutOfRangeAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PacesetterRules.Rules(0, BigDecimal.TEN));
        assertThatIllegalArgumentException().isThrownBy(() -> new PacesetterRules.Rules(1, new BigDecimal("-1")));
        assertThatIllegalArgumentException().isThrownBy(() -> new PacesetterRules.Rules(1, null));
        assertThat(PacesetterRules.levels(new PacesetterRules.Rules(1, BigDecimal.ZERO), ranked("0", "0"), Set.of()))
                .containsExactly(BENCHMARK, null);
    }
}
