package cn.tianjin.quality.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecognitionRulesTest {
    private static final String R = BrandProgramme.RECOGNISED;

    private static List<cn.tianjin.quality.programme.LockedRanking.Place> ranking(String... scores) {
        cn.tianjin.quality.programme.LockedRanking.Place[] ranked = new cn.tianjin.quality.programme.LockedRanking.Place[scores.length];
        for (int i = 0; i < scores.length; i++) {
            ranked[i] = new cn.tianjin.quality.programme.LockedRanking.Place(i + 1, new BigDecimal(scores[i]));
        }
        return Arrays.asList(ranked);
    }

    @Test
    void everyBrandReachingTheMarkIsRecognisedWithoutAQuota() {
        // 60 % of 500 points = 300.0: 300.0 reaches it, 299.9 does not.
        assertThat(RecognitionRules.levels(new BigDecimal("300.0"), ranking("455.5", "402.0", "300.0", "299.9", "120.0"), Set.of(), R))
                .containsExactly(R, R, R, null, null);
    }

    @Test
    void aBrandTakenOffFreesNothingAndTheOthersKeepTheirs() {
        assertThat(RecognitionRules.levels(new BigDecimal("300.0"), ranking("455.5", "402.0", "299.9"), Set.of(1L), R))
                .containsExactly(null, R, null);
    }

    @Test
    void noneReachingTheMarkLeavesEveryBrandUnrecognised() {
        assertThat(RecognitionRules.levels(new BigDecimal("450.0"), ranking("449.9", "300.0"), Set.of(), R)).containsExactly(null, null);
        assertThat(RecognitionRules.levels(new BigDecimal("0"), List.of(), Set.of(), R)).isEmpty();
    }

    @Test
    void aNegativeOrMissingMarkIsRefused() {
        assertThatThrownBy(() -> RecognitionRules.levels(new BigDecimal("-1"), ranking("1"), Set.of(), R))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecognitionRules.levels(null, ranking("1"), Set.of(), R)).isInstanceOf(IllegalArgumentException.class);
    }
}
