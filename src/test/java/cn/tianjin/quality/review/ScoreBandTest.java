package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScoreBandTest {

    @ParameterizedTest
    @CsvSource({
        "0, B0_5", "5, B0_5",
        "10, B10_25", "15, B10_25", "25, B10_25",
        "30, B30_45", "45, B30_45",
        "50, B50_65", "65, B50_65",
        "70, B70_85", "85, B70_85",
        "90, B90_100", "100, B90_100"})
    void everyFivePercentStepFallsInItsBand(int percent, ScoreBand band) {
        assertThat(ScoreBand.of(percent)).isEqualTo(band);
        assertThat(band.contains(percent)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"7, B0_5", "27, B10_25", "48, B30_45", "69, B50_65", "88, B70_85"})
    void anAverageBetweenBandsBelongsToTheLowerBand(int percent, ScoreBand band) {
        assertThat(ScoreBand.of(percent)).isEqualTo(band);
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, -1, 101, 150})
    void percentagesOutsideZeroToHundredAreRefused(int percent) {
        assertThatThrownBy(() -> ScoreBand.of(percent)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsCoverTheSixPublishedRangesInFivePercentSteps() {
        assertThat(ScoreBand.values()).extracting(ScoreBand::label)
                .containsExactly("0-5%", "10-25%", "30-45%", "50-65%", "70-85%", "90-100%");
        assertThat(ScoreBand.B0_5.steps()).containsExactly(0, 5);
        assertThat(ScoreBand.B50_65.steps()).containsExactly(50, 55, 60, 65);
        assertThat(ScoreBand.B90_100.steps()).containsExactly(90, 95, 100);
    }

    @Test
    void eachKindNamesItsFourDimensions() {
        assertThat(ItemKind.PROCESS.dimensionKeys()).containsExactly("rubric.dimension.approach",
                "rubric.dimension.deployment", "rubric.dimension.learning", "rubric.dimension.processIntegration");
        assertThat(ItemKind.RESULTS.dimensionKeys()).containsExactly("rubric.dimension.levels",
                "rubric.dimension.trends", "rubric.dimension.comparisons", "rubric.dimension.resultsIntegration");
        assertThat(ItemKind.PROCESS.messageKey()).isNotEqualTo(ItemKind.RESULTS.messageKey());
    }
}
