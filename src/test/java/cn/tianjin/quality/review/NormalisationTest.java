package cn.tianjin.quality.review;

import static cn.tianjin.quality.review.AggregationTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.Aggregation.Sheet;
import cn.tianjin.quality.review.Normalisation.NormalisedSheet;
import cn.tianjin.quality.review.Normalisation.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    private static final long HARSH = 10;
    private static final long LENIENT = 20;
    private static final long SINGLE = 30;
    private static final long FLAT = 40;

    private final Normalisation normalisation = Normalisation.standard();

    /*
     * Harsh expert scores entries 1 and 2: 500, 600 (mean 550, sd 50).
     * Lenient expert scores entries 3 and 4: 700, 800 (mean 750, sd 50).
     * Panel: 500, 600, 700, 800: mean 650; deviations -150, -50, 50, 150;
     * variance (22500 + 2500 + 2500 + 22500) / 4 = 12500; sd = 111.803.
     * Each expert's lower total has z = -1 -> 650 - 111.803 = 538.197 -> 538.2,
     * the higher z = +1 -> 761.803 -> 761.8.
     */
    @Test
    void harshAndLenientExpertsOnDifferentEntriesAreBroughtToOneScale() {
        Result result = normalisation.normalise(List.of(
                new Sheet(1, HARSH, d("500.0")),
                new Sheet(2, HARSH, d("600.0")),
                new Sheet(3, LENIENT, d("700.0")),
                new Sheet(4, LENIENT, d("800.0"))));

        assertThat(result.panelMean()).isEqualTo(d("650.0"));
        assertThat(result.panelSd()).isEqualTo(d("111.8"));
        assertThat(result.sheets()).containsExactly(
                new NormalisedSheet(1, HARSH, d("500.0"), d("538.2"), true),
                new NormalisedSheet(2, HARSH, d("600.0"), d("761.8"), true),
                new NormalisedSheet(3, LENIENT, d("700.0"), d("538.2"), true),
                new NormalisedSheet(4, LENIENT, d("800.0"), d("761.8"), true));
        // Raw, the harsh expert's best entry (600) ranked below the lenient expert's worst (700).
        // Normalised, each expert's best entry stands level with the other's best.
        assertThat(result.aggregates().get(2L).mean()).isEqualTo(d("761.8"));
        assertThat(result.aggregates().get(4L).mean()).isEqualTo(d("761.8"));
        assertThat(result.aggregates().get(1L).mean()).isEqualTo(d("538.2"));
        assertThat(result.aggregates().get(3L).mean()).isEqualTo(d("538.2"));
    }

    /*
     * Both experts score both entries. Harsh and wide: entry 1 = 600, entry 2 = 500. Lenient and
     * narrow: entry 1 = 800, entry 2 = 820. Raw means: entry 1 (600 + 800) / 2 = 700.0, entry 2
     * (500 + 820) / 2 = 660.0, so the harsh expert's 100-point preference outweighs the lenient
     * expert's 20-point preference for entry 2.
     * Panel: mean 2720 / 4 = 680; deviations -80, -180, 120, 140; variance
     * (6400 + 32400 + 14400 + 19600) / 4 = 18200; sd = 134.907.
     * Each expert has two sheets, so z = +1 for the preferred entry -> 814.907 -> 814.9 and
     * z = -1 for the other -> 545.093 -> 545.1. Both entries then average (814.9 + 545.1) / 2 = 680.0.
     */
    @Test
    void eachExpertsPreferenceWeighsTheSameAfterNormalisation() {
        List<Sheet> round = List.of(
                new Sheet(1, HARSH, d("600.0")),
                new Sheet(2, HARSH, d("500.0")),
                new Sheet(1, LENIENT, d("800.0")),
                new Sheet(2, LENIENT, d("820.0")));

        assertThat(Aggregation.standard().byEntry(round).get(1L).mean()).isEqualTo(d("700.0"));
        assertThat(Aggregation.standard().byEntry(round).get(2L).mean()).isEqualTo(d("660.0"));

        Result result = normalisation.normalise(round);

        assertThat(result.panelMean()).isEqualTo(d("680.0"));
        assertThat(result.panelSd()).isEqualTo(d("134.9"));
        assertThat(result.normalised(1, HARSH)).contains(d("814.9"));
        assertThat(result.normalised(2, HARSH)).contains(d("545.1"));
        assertThat(result.normalised(1, LENIENT)).contains(d("545.1"));
        assertThat(result.normalised(2, LENIENT)).contains(d("814.9"));
        assertThat(result.aggregates().get(1L).mean()).isEqualTo(d("680.0"));
        assertThat(result.aggregates().get(2L).mean()).isEqualTo(d("680.0"));
    }

    /*
     * Harsh expert: 500, 600 on entries 1, 2. Another expert scored only entry 3: 650.
     * Panel: 500, 600, 650: mean 583.333; deviations -83.333, 16.667, 66.667;
     * variance (6944.44 + 277.78 + 4444.44) / 3 = 3888.89; sd = 62.361.
     * Harsh expert, z = -1 and +1: 583.333 - 62.361 = 520.972 -> 521.0; 645.694 -> 645.7.
     * The single sheet has no z and keeps 650.0, but counts in the panel figures.
     */
    @Test
    void anExpertWithOneSheetKeepsTheRawTotal() {
        Result result = normalisation.normalise(List.of(
                new Sheet(1, HARSH, d("500.0")),
                new Sheet(2, HARSH, d("600.0")),
                new Sheet(3, SINGLE, d("650.0"))));

        assertThat(result.panelMean()).isEqualTo(d("583.3"));
        assertThat(result.panelSd()).isEqualTo(d("62.4"));
        assertThat(result.sheets()).containsExactly(
                new NormalisedSheet(1, HARSH, d("500.0"), d("521.0"), true),
                new NormalisedSheet(2, HARSH, d("600.0"), d("645.7"), true),
                new NormalisedSheet(3, SINGLE, d("650.0"), d("650.0"), false));
    }

    /*
     * An expert who gave 700 to both entries (sd 0) next to the harsh expert (500, 600).
     * Panel: 700, 700, 500, 600: mean 625; deviations 75, 75, -125, -25; variance
     * (5625 + 5625 + 15625 + 625) / 4 = 6875; sd = 82.916.
     * Harsh expert: 625 - 82.916 = 542.084 -> 542.1; 707.916 -> 707.9. The flat expert keeps 700.0.
     * Entry 1: (700.0 + 542.1) / 2 = 621.05 -> 621.1; entry 2: (700.0 + 707.9) / 2 = 703.95 -> 704.0.
     */
    @Test
    void anExpertWithoutSpreadKeepsTheRawTotals() {
        Result result = normalisation.normalise(List.of(
                new Sheet(1, FLAT, d("700.0")),
                new Sheet(2, FLAT, d("700.0")),
                new Sheet(1, HARSH, d("500.0")),
                new Sheet(2, HARSH, d("600.0"))));

        assertThat(result.sheets()).containsExactly(
                new NormalisedSheet(1, HARSH, d("500.0"), d("542.1"), true),
                new NormalisedSheet(1, FLAT, d("700.0"), d("700.0"), false),
                new NormalisedSheet(2, HARSH, d("600.0"), d("707.9"), true),
                new NormalisedSheet(2, FLAT, d("700.0"), d("700.0"), false));
        assertThat(result.aggregates().get(1L).mean()).isEqualTo(d("621.1"));
        assertThat(result.aggregates().get(2L).mean()).isEqualTo(d("704.0"));
    }

    @Test
    void aRoundWhereAllTotalsAreEqualIsLeftAsItIs() {
        Result result = normalisation.normalise(List.of(
                new Sheet(1, HARSH, d("700.0")),
                new Sheet(2, LENIENT, d("700.0")),
                new Sheet(3, LENIENT, d("700.0"))));

        assertThat(result.panelSd()).isEqualTo(d("0.0"));
        assertThat(result.sheets()).extracting(NormalisedSheet::normalised).containsOnly(d("700.0"));
        assertThat(result.sheets()).extracting(NormalisedSheet::rescaled).containsOnly(false);
    }

    @Test
    void normalisedSheetsFeedTheOtherCalculations() {
        Result result = normalisation.normalise(List.of(
                new Sheet(1, HARSH, d("500.0")),
                new Sheet(2, HARSH, d("600.0")),
                new Sheet(3, SINGLE, d("650.0"))));

        assertThat(result.normalisedSheets()).containsExactly(
                new Sheet(1, HARSH, d("521.0")),
                new Sheet(2, HARSH, d("645.7")),
                new Sheet(3, SINGLE, d("650.0")));
        assertThat(result.normalised(3, HARSH)).isEmpty();
    }

    @Test
    void anEmptyRoundOrADuplicateSheetIsRefused() {
        assertThatThrownBy(() -> normalisation.normalise(List.of())).isInstanceOf(IllegalArgumentException.class);
        List<Sheet> duplicate = List.of(new Sheet(1, HARSH, d("500.0")), new Sheet(1, HARSH, d("600.0")));
        assertThatThrownBy(() -> normalisation.normalise(duplicate)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theResultDoesNotDependOnTheOrderSheetsArrive() {
        List<Sheet> round = List.of(
                new Sheet(1, HARSH, d("600.0")),
                new Sheet(2, HARSH, d("500.0")),
                new Sheet(1, LENIENT, d("800.0")),
                new Sheet(2, LENIENT, d("820.0")));
        List<Sheet> reversed = List.of(round.get(3), round.get(2), round.get(1), round.get(0));

        assertThat(normalisation.normalise(reversed)).isEqualTo(normalisation.normalise(round));
    }
}
