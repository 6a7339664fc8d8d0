package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.review.Ranking.Criterion;
import cn.tianjin.quality.review.Ranking.Place;
import cn.tianjin.quality.review.RoundResults.EntryInput;
import cn.tianjin.quality.review.RoundResults.Row;
import cn.tianjin.quality.review.RoundResults.SheetInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundResultsTest {
    /** 100 points: leadership L (L.1 40, L.2 20) and results R (R.1 40). */
    private static final RubricDefinition RUBRIC = new RubricDefinition("t", "测试", "Test", 100, List.of(
            new RubricCategory("L", "领导", "Leadership", 60, List.of(
                    new RubricItem("L.1", "领导作用", "Leading", 40, ItemKind.PROCESS, null),
                    new RubricItem("L.2", "社会责任", "Responsibility", 20, ItemKind.PROCESS, null))),
            new RubricCategory("R", "结果", "Results", 40, List.of(
                    new RubricItem("R.1", "经营结果", "Business results", 40, ItemKind.RESULTS, null)))));

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    // Entry 1: totals 50, 60, 70, nobody far apart, spreads within 30% (L.1 8 of 12 allowed).
    // Entry 2: totals 60, 60, 74; L.1 scores 30, 20, 36 spread 16 > 12, and 74 is 14 points (2.12 sd) from the
    // others' 60. Entry 3 has no sheet yet.
    private static final List<SheetInput> SHEETS = List.of(
            sheet(1, 10, "20", "10", "20"), sheet(1, 11, "24", "12", "24"), sheet(1, 12, "28", "14", "28"),
            sheet(2, 10, "30", "10", "20"), sheet(2, 11, "20", "10", "30"), sheet(2, 12, "36", "14", "24"));

    private static List<EntryInput> entries(BigDecimal consensusOnTwo) {
        return List.of(new EntryInput(1, T0, null), new EntryInput(2, T0.plusSeconds(60), consensusOnTwo),
                new EntryInput(3, T0.plusSeconds(120), null));
    }

    @Test
    void theMethodsSideBySideMatchTheWorkedExample() {
        RoundResults results = RoundResults.standard(RUBRIC, entries(null), SHEETS);

        Row one = results.row(1);
        assertThat(one.sheets()).isEqualTo(3);
        assertThat(one.raw().mean()).isEqualTo(d("60.0"));
        assertThat(one.raw().median()).isEqualTo(d("60.0"));
        // Three sheets are fewer than five: nothing is trimmed.
        assertThat(one.raw().trimmedMean()).isEqualTo(d("60.0"));
        assertThat(one.categoryScores()).containsExactly(Map.entry("L", d("36.0")), Map.entry("R", d("24.0")));
        assertThat(one.needsConsensus()).isFalse();

        Row two = results.row(2);
        // 194 / 3 = 64.67 -> 64.7; middle total 60.
        assertThat(two.raw().mean()).isEqualTo(d("64.7"));
        assertThat(two.raw().median()).isEqualTo(d("60.0"));
        assertThat(two.categoryScores()).containsExactly(Map.entry("L", d("40.0")), Map.entry("R", d("24.7")));
        assertThat(two.needsConsensus()).isTrue();
        assertThat(two.disagreement().itemCodes()).containsExactly("L.1");
        assertThat(two.disagreement().expertIds()).containsExactly(12L);

        assertThat(results.row(3).isScored()).isFalse();
        assertThat(results.row(3).score(AggregationMethod.MEAN)).isNull();
    }

    @Test
    void normalisationEvensOutTheExpertsScales() {
        // Panel of all six totals: mean 62.333, sd 7.782. Expert 10 (50, 60) and expert 12 (70, 74) each have z = -1
        // and +1, so both map to 54.6 and 70.1; expert 11 gave 60 twice and is kept as is.
        // Entry 1: (54.6 + 60.0 + 54.6) / 3 = 56.4; entry 2: (70.1 + 60.0 + 70.1) / 3 = 66.73 -> 66.7.
        RoundResults results = RoundResults.standard(RUBRIC, entries(null), SHEETS);

        assertThat(results.row(1).score(AggregationMethod.NORMALISED)).isEqualTo(d("56.4"));
        assertThat(results.row(2).score(AggregationMethod.NORMALISED)).isEqualTo(d("66.7"));
    }

    @Test
    void theRankingLeavesOutEntriesWithoutSheets() {
        List<Place> ranking = RoundResults.standard(RUBRIC, entries(null), SHEETS).ranking(AggregationMethod.TRIMMED);

        assertThat(ranking).extracting(p -> p.entry().entryId()).containsExactly(2L, 1L);
        assertThat(ranking.get(1).separatedBy()).isEqualTo(Criterion.SCORE);
    }

    @Test
    void aConsensusScoreReplacesTheAggregateAndTiesGoToTheResultsCategory() {
        // The panel agrees on 60.0 for entry 2: level with entry 1, whose results category (24.0) is below
        // entry 2's (24.7).
        RoundResults results = RoundResults.standard(RUBRIC, entries(d("60.0")), SHEETS);

        assertThat(results.row(2).score(AggregationMethod.MEAN)).isEqualTo(d("60.0"));
        List<Place> ranking = results.ranking(AggregationMethod.TRIMMED);
        assertThat(ranking).extracting(p -> p.entry().entryId()).containsExactly(2L, 1L);
        assertThat(ranking.get(1).separatedBy()).isEqualTo(Criterion.RESULTS_SCORE);
    }

    @Test
    void tieBreakCategoriesFollowTheRubric() {
        assertThat(RoundResults.rankingFor(RUBRIC).resultsCategory()).isEqualTo("R");
        assertThat(RoundResults.rankingFor(RUBRIC).leadershipCategory()).isEqualTo("L");
        RubricDefinition gbt = new RubricDefinition("g", "g", "g", 20, List.of(
                new RubricCategory("4.1", "领导", "Leadership", 10, List.of(new RubricItem("4.1.1", "a", "a", 10, ItemKind.PROCESS, null))),
                new RubricCategory("4.7", "结果", "Results", 10, List.of(new RubricItem("4.7.1", "b", "b", 10, ItemKind.RESULTS, null)))));
        assertThat(RoundResults.rankingFor(gbt).resultsCategory()).isEqualTo("4.7");
    }

    @Test
    void aFeedbackBandIsTheBandTheScoreHasReached() {
        // 38.9 of 60 is 64.8%: still 50-65%; 42.0 is 70%: 70-85%.
        assertThat(FeedbackService.band(d("38.9"), 60)).isEqualTo(ScoreBand.B50_65);
        assertThat(FeedbackService.band(d("42.0"), 60)).isEqualTo(ScoreBand.B70_85);
        assertThat(FeedbackService.band(d("0.0"), 60)).isEqualTo(ScoreBand.B0_5);
    }

    @Test
    void feedbackNeverQuotesANormalisedFigure() {
        Row two = RoundResults.standard(RUBRIC, entries(null), SHEETS).row(2);

        assertThat(FeedbackService.feedbackScore(two, AggregationMethod.NORMALISED)).isEqualTo(d("64.7"));
        assertThat(FeedbackService.feedbackScore(two, AggregationMethod.MEDIAN)).isEqualTo(d("60.0"));
    }

    private static SheetInput sheet(long entry, long expert, String l1, String l2, String r1) {
        return new SheetInput(entry, expert, Map.of("L.1", d(l1), "L.2", d(l2), "R.1", d(r1)));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value).setScale(1);
    }
}
