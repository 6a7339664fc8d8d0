package cn.tianjin.quality.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.programme.LockedRanking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecognitionRulesTest {
    private static final String R = BrandProgramme.RECOGNISED;
    private static final BigDecimal MARK = new BigDecimal("300.0");
    private static final BigDecimal INDEX_MARK = new BigDecimal("60");

    /** Places 1, 2, ... with the scores given, best first. */
    private static List<LockedRanking.Place> ranking(String... scores) {
        List<LockedRanking.Place> ranked = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new LockedRanking.Place(i + 1, new BigDecimal(scores[i])));
        }
        return ranked;
    }

    /** Application i + 1 has the i-th index given (null: none). */
    private static Map<Long, BigDecimal> indices(String... values) {
        Map<Long, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                m.put((long) i + 1, new BigDecimal(values[i]));
            }
        }
        return m;
    }

    @Test
    void everyBrandReachingBothMarksIsRecognisedWithoutAQuota() {
        // 60 % of 500 points = 300.0: 300.0 reaches it, 299.9 does not; the index mark 60 likewise.
        assertThat(RecognitionRules.levels(MARK, INDEX_MARK, ranking("455.5", "402.0", "300.0", "299.9", "120.0"),
                indices("88.10", "60.00", "71.5", "90", "95"), Set.of(), R)).containsExactly(R, R, R, null, null);
    }

    @Test
    void aHighPanelScoreDoesNotMakeUpForAnIndexBelowTheMark() {
        assertThat(RecognitionRules.levels(MARK, INDEX_MARK, ranking("480.0", "420.0"), indices("59.99", null), Set.of(), R))
                .containsExactly(null, null);
    }

    @Test
    void aBrandTakenOffFreesNothingAndTheOthersKeepTheirs() {
        assertThat(RecognitionRules.levels(MARK, INDEX_MARK, ranking("455.5", "402.0", "299.9"), indices("80", "70", "90"),
                Set.of(1L), R)).containsExactly(null, R, null);
    }

    @Test
    void noneReachingTheMarkLeavesEveryBrandUnrecognised() {
        assertThat(RecognitionRules.levels(new BigDecimal("450.0"), INDEX_MARK, ranking("449.9", "300.0"), indices("99", "99"),
                Set.of(), R)).containsExactly(null, null);
        assertThat(RecognitionRules.levels(BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of(), Set.of(), R)).isEmpty();
    }

    @Test
    void theProposalListsTheBrandsByIndexThenByScore() {
        List<LockedRanking.Place> ordered = RecognitionRules.byIndex(ranking("455.5", "402.0", "400.0", "390.0"),
                indices("70.00", "81.25", "70.00", null));
        assertThat(ordered).extracting(LockedRanking.Place::applicationId).containsExactly(2L, 1L, 3L, 4L);
    }

    @Test
    void aNegativeOrMissingMarkIsRefused() {
        assertThatThrownBy(() -> RecognitionRules.levels(new BigDecimal("-1"), INDEX_MARK, ranking("1"), Map.of(), Set.of(), R))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecognitionRules.levels(MARK, null, ranking("1"), Map.of(), Set.of(), R))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecognitionRules.levels(null, INDEX_MARK, ranking("1"), Map.of(), Set.of(), R))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
