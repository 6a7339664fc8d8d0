package cn.tianjin.quality.review;

import static cn.tianjin.quality.review.AggregationTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.Disagreement.ExpertFlag;
import cn.tianjin.quality.review.Disagreement.ExpertSheet;
import cn.tianjin.quality.review.Disagreement.ItemFlag;
import cn.tianjin.quality.review.Disagreement.Report;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisagreementTest {

    /** Two items of GB/T 19580 with their points; names and guidance play no part here. */
    private static final List<RubricItem> RUBRIC = List.of(
            new RubricItem("4.1.1", "高层领导的作用", "Role of senior leaders", 50, ItemKind.PROCESS, null),
            new RubricItem("4.4.2", "财务资源", "Financial resources", 15, ItemKind.PROCESS, null));

    private final Disagreement standard = Disagreement.standard();

    @Test
    void aSpreadOfExactlyThirtyPercentIsNotFlagged() {
        // 50 points: limit 15.0. 20.0 (40 %) and 35.0 (70 %) differ by 15.0.
        List<ExpertSheet> sheets = List.of(
                sheet(1, "4.1.1", "20.0"),
                sheet(2, "4.1.1", "35.0"),
                sheet(3, "4.1.1", "25.0"));

        assertThat(standard.itemFlags(RUBRIC, sheets)).isEmpty();
    }

    @Test
    void theNextStepAboveThirtyPercentIsFlagged() {
        // 20.0 (40 %) and 37.5 (75 %) differ by 17.5 > 15.0.
        List<ExpertSheet> sheets = List.of(
                sheet(1, "4.1.1", "20.0"),
                sheet(2, "4.1.1", "37.5"),
                sheet(3, "4.1.1", "25.0"));

        assertThat(standard.itemFlags(RUBRIC, sheets))
                .containsExactly(new ItemFlag("4.1.1", 50, d("20.0"), d("37.5"), d("17.5"), d("15.0")));
    }

    @Test
    void roundingOfItemScoresDoesNotTipALimitCase() {
        // 15 points: limit 4.5. 35 % = 5.25 -> 5.3 and 5 % = 0.75 -> 0.8 both went up: spread 4.5, not flagged.
        assertThat(standard.itemFlags(RUBRIC, List.of(sheet(1, "4.4.2", "5.3"), sheet(2, "4.4.2", "0.8")))).isEmpty();
        // 40 % = 6.0 against 0.8: spread 5.2 > 4.5.
        assertThat(standard.itemFlags(RUBRIC, List.of(sheet(1, "4.4.2", "6.0"), sheet(2, "4.4.2", "0.8"))))
                .containsExactly(new ItemFlag("4.4.2", 15, d("0.8"), d("6.0"), d("5.2"), d("4.5")));
    }

    @Test
    void aStricterFractionFlagsSmallerSpreads() {
        // 25 % of 50 = 12.5; a 15.0 spread now exceeds it.
        Disagreement strict = new Disagreement(new BigDecimal("0.25"), Disagreement.DEFAULT_OUTLIER_SDS);

        assertThat(strict.itemFlags(RUBRIC, List.of(sheet(1, "4.1.1", "20.0"), sheet(2, "4.1.1", "35.0"))))
                .extracting(ItemFlag::allowed)
                .containsExactly(d("12.5"));
    }

    @Test
    void anItemLeftBlankOnASheetDoesNotCountInItsSpread() {
        List<ExpertSheet> sheets = List.of(
                sheet(1, "4.1.1", "20.0"),
                sheet(2, "4.1.1", "30.0", "4.4.2", "6.0"),
                sheet(3, "4.4.2", "6.0"));

        assertThat(standard.itemFlags(RUBRIC, sheets)).isEmpty();
    }

    @Test
    void anItemOutsideTheRubricIsABug() {
        assertThatThrownBy(() -> standard.itemFlags(RUBRIC, List.of(sheet(1, "9.9", "1.0"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9.9");
    }

    @Test
    void aLoneHighTotalOnAPanelOfFiveIsFlagged() {
        // 700, 700, 700, 700, 800: panel mean 720; variance (4 x 400 + 6400) / 5 = 1600; sd 40.
        // The others' mean is 700, so 800 is 100 / 40 = 2.5 sd away: more than 2.
        Map<Long, BigDecimal> totals = totals("700.0", "700.0", "700.0", "700.0", "800.0");

        assertThat(standard.expertFlags(totals, 1000))
                .containsExactly(new ExpertFlag(5, d("800.0"), d("700.0"), d("100.0"), d("2.50")));
    }

    @Test
    void aTotalExactlyAtTheLimitIsNotFlagged() {
        // The same panel: 2.5 sd is not more than 2.5, but it is more than 2.4.
        Map<Long, BigDecimal> totals = totals("700.0", "700.0", "700.0", "700.0", "800.0");

        assertThat(new Disagreement(Disagreement.DEFAULT_SPREAD_FRACTION, new BigDecimal("2.5")).expertFlags(totals, 1000))
                .isEmpty();
        assertThat(new Disagreement(Disagreement.DEFAULT_SPREAD_FRACTION, new BigDecimal("2.4")).expertFlags(totals, 1000))
                .extracting(ExpertFlag::expertId).containsExactly(5L);
    }

    @Test
    void aSmallGapIsNotFlaggedHoweverManyDeviationsItMakes() {
        // 700 x 4 and 701 are 2.5 sd apart like 700 x 4 and 800, but 1 point is not more than 5 %
        // of 1000; 751 is.
        assertThat(standard.expertFlags(totals("700.0", "700.0", "700.0", "700.0", "701.0"), 1000)).isEmpty();
        assertThat(standard.expertFlags(totals("700.0", "700.0", "700.0", "700.0", "750.0"), 1000)).isEmpty();
        assertThat(standard.expertFlags(totals("700.0", "700.0", "700.0", "700.0", "750.5"), 1000))
                .extracting(ExpertFlag::expertId).containsExactly(5L);
    }

    @Test
    void anOrdinaryPanelOfFiveHasNoOutlier() {
        // 610, 620, 640, 655, 660: mean 637, variance (729 + 289 + 9 + 324 + 529) / 5 = 376, sd 19.39.
        // Farthest: 610 against the others' 643.75 is 33.75 / 19.39 = 1.74 sd.
        assertThat(standard.expertFlags(totals("610.0", "620.0", "640.0", "655.0", "660.0"), 1000)).isEmpty();
    }

    @Test
    void withSixSheetsALoneHighTotalIsFlagged() {
        // 700 x 5, 800: mean 716.667; variance (5 x 277.78 + 6944.44) / 6 = 1388.89; sd 37.268;
        // the others' mean is 700, so 800 is 100 / 37.268 = 2.68 sd away.
        Map<Long, BigDecimal> totals = totals("700.0", "700.0", "700.0", "700.0", "700.0", "800.0");

        assertThat(standard.expertFlags(totals, 1000))
                .containsExactly(new ExpertFlag(6, d("800.0"), d("700.0"), d("100.0"), d("2.68")));
    }

    @Test
    void harshAndLenientOutliersAreSigned() {
        // 600, 700, 800: mean 700; sd sqrt(20000 / 3) = 81.650. 600 against the others' 750 is
        // -150 = -1.84 sd; 800 against 650 is +1.84 sd; 700 against 700 is 0.
        Disagreement loose = new Disagreement(Disagreement.DEFAULT_SPREAD_FRACTION, BigDecimal.ONE);

        assertThat(loose.expertFlags(totals("600.0", "700.0", "800.0"), 1000)).containsExactly(
                new ExpertFlag(1, d("600.0"), d("750.0"), d("-150.0"), d("-1.84")),
                new ExpertFlag(3, d("800.0"), d("650.0"), d("150.0"), d("1.84")));
    }

    @Test
    void withFewerThanThreeSheetsNobodyIsAnOutlier() {
        Disagreement veryLoose = new Disagreement(Disagreement.DEFAULT_SPREAD_FRACTION, new BigDecimal("0.5"));

        assertThat(veryLoose.expertFlags(totals("500.0", "900.0"), 1000)).isEmpty();
        assertThat(veryLoose.expertFlags(totals("700.0", "700.0", "700.0"), 1000)).isEmpty();
    }

    @Test
    void theReportNamesItemsAndExpertsToDiscuss() {
        // Experts 1-5: 30.0 + 8.0 = 38.0 each. Expert 6: 47.5 (95 %) + 3.0 (20 %) = 50.5.
        // 4.1.1 spread 47.5 - 30.0 = 17.5 > 15.0; 4.4.2 spread 8.0 - 3.0 = 5.0 > 4.5.
        // Totals 38.0 x 5 and 50.5: the others' mean is 38.0, distance 12.5; panel mean 40.083,
        // variance (5 x 4.340 + 108.507) / 6 = 21.701, sd 4.658; 12.5 / 4.658 = 2.68 sd.
        List<ExpertSheet> sheets = List.of(
                sheet(1, "4.1.1", "30.0", "4.4.2", "8.0"),
                sheet(2, "4.1.1", "30.0", "4.4.2", "8.0"),
                sheet(3, "4.1.1", "30.0", "4.4.2", "8.0"),
                sheet(4, "4.1.1", "30.0", "4.4.2", "8.0"),
                sheet(5, "4.1.1", "30.0", "4.4.2", "8.0"),
                sheet(6, "4.1.1", "47.5", "4.4.2", "3.0"));

        Report report = standard.of(RUBRIC, sheets);

        assertThat(report.consensusNeeded()).isTrue();
        assertThat(report.items()).containsExactly(
                new ItemFlag("4.1.1", 50, d("30.0"), d("47.5"), d("17.5"), d("15.0")),
                new ItemFlag("4.4.2", 15, d("3.0"), d("8.0"), d("5.0"), d("4.5")));
        assertThat(report.itemCodes()).containsExactly("4.1.1", "4.4.2");
        assertThat(report.experts()).containsExactly(new ExpertFlag(6, d("50.5"), d("38.0"), d("12.5"), d("2.68")));
        assertThat(report.expertIds()).containsExactly(6L);
    }

    @Test
    void anAgreeingPanelNeedsNoConsensus() {
        Report report = standard.of(RUBRIC, List.of(
                sheet(1, "4.1.1", "30.0", "4.4.2", "7.5"),
                sheet(2, "4.1.1", "32.5", "4.4.2", "7.5"),
                sheet(3, "4.1.1", "32.5", "4.4.2", "6.0")));

        assertThat(report.consensusNeeded()).isFalse();
        assertThat(report.items()).isEmpty();
        assertThat(report.experts()).isEmpty();
    }

    @Test
    void theSameExpertCannotHandInTwoSheets() {
        assertThatThrownBy(() -> standard.of(RUBRIC, List.of(sheet(1, "4.1.1", "30.0"), sheet(1, "4.1.1", "35.0"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ExpertSheet sheet(long expertId, String... codesAndScores) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < codesAndScores.length; i += 2) {
            scores.put(codesAndScores[i], new BigDecimal(codesAndScores[i + 1]));
        }
        return new ExpertSheet(expertId, scores);
    }

    /** Experts numbered 1, 2, ... in the order given. */
    private static Map<Long, BigDecimal> totals(String... values) {
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            totals.put((long) (i + 1), new BigDecimal(values[i]));
        }
        return totals;
    }
}
