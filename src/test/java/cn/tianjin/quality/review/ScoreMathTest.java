package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreMathTest {

    @ParameterizedTest
    @CsvSource({
        // points, percent, score: points x percent / 100, tenths, half up
        "50, 70, 35.0",
        "80, 100, 80.0",
        "10, 0, 0.0",
        "15, 35, 5.3", // 5.25 goes up
        "15, 5, 0.8", // 0.75 goes up
        "15, 40, 6.0",
        "110, 55, 60.5",
    })
    void itemScoreIsPointsTimesPercentInTenths(int points, int percent, String expected) {
        BigDecimal score = ScoreMath.itemScore(points, percent);

        assertThat(score).isEqualTo(new BigDecimal(expected));
        assertThat(score.scale()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 50, 95, 100})
    void percentagesInStepsOfFiveAreAccepted(int percent) {
        assertThat(ScoreMath.percentProblem(percent)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, -1, 101, 105, 200})
    void percentagesOutsideZeroToHundredAreOutOfRange(int percent) {
        assertThat(ScoreMath.percentProblem(percent)).contains("score.percent.range");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 33, 72, 99})
    void percentagesBetweenStepsAreRejected(int percent) {
        assertThat(ScoreMath.percentProblem(percent)).contains("score.percent.step");
    }

    @Test
    void invalidInputToItemScoreIsABug() {
        assertThatThrownBy(() -> ScoreMath.itemScore(50, 33))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score.percent.step");
        assertThatThrownBy(() -> ScoreMath.itemScore(-1, 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sheetTotalIsTheSumOfTheRoundedItemScores() {
        // 35.0 + 5.3 + 0.8: the exact products would give 35 + 5.25 + 0.75 = 41.0, not what the expert sees.
        BigDecimal total = ScoreMath.total(List.of(
                ScoreMath.itemScore(50, 70), ScoreMath.itemScore(15, 35), ScoreMath.itemScore(15, 5)));

        assertThat(total).isEqualTo(new BigDecimal("41.1"));
    }

    @Test
    void doublesRoundHalfUpAsWritten() {
        assertThat(ScoreMath.round(0.15)).isEqualTo(new BigDecimal("0.2"));
        assertThat(ScoreMath.round(691.6666666)).isEqualTo(new BigDecimal("691.7"));
        assertThat(ScoreMath.round(538.1966)).isEqualTo(new BigDecimal("538.2"));
        assertThatThrownBy(() -> ScoreMath.round(Double.NaN)).isInstanceOf(ArithmeticException.class);
    }
}
