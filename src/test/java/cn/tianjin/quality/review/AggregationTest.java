package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.Aggregation.Aggregate;
import cn.tianjin.quality.review.Aggregation.Sheet;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregationTest {

    private final Aggregation standard = Aggregation.standard();

    @Test
    void fiveSheetsAreTrimmedByDefault() {
        // mean 3585 / 5 = 717.0; median 700.0; trimmed (655 + 700 + 720) / 3 = 2075 / 3 = 691.67
        Aggregate aggregate = standard.of(totals("610", "655", "700", "720", "900"));

        assertThat(aggregate).isEqualTo(new Aggregate(d("717.0"), d("700.0"), d("691.7"), 5));
    }

    @Test
    void orderOfTheSheetsDoesNotMatter() {
        assertThat(standard.of(totals("900", "610", "720", "655", "700")))
                .isEqualTo(standard.of(totals("610", "655", "700", "720", "900")));
    }

    @Test
    void fourSheetsAreNotTrimmedByDefaultButAreWhenConfiguredFromFour() {
        // mean 2865 / 4 = 716.25 -> 716.3; median (655 + 700) / 2 = 677.5
        List<BigDecimal> four = totals("610", "655", "700", "900");

        assertThat(standard.of(four)).isEqualTo(new Aggregate(d("716.3"), d("677.5"), d("716.3"), 4));
        // trimmed (655 + 700) / 2 = 677.5
        assertThat(new Aggregation(4).of(four).trimmedMean()).isEqualTo(d("677.5"));
    }

    @Test
    void threeSheetsAreNotTrimmedByDefaultButAreWhenConfiguredFromThree() {
        // mean 2210 / 3 = 736.67 -> 736.7; median 700.0
        List<BigDecimal> three = totals("610", "700", "900");

        assertThat(standard.of(three)).isEqualTo(new Aggregate(d("736.7"), d("700.0"), d("736.7"), 3));
        // trimming three leaves the middle one
        assertThat(new Aggregation(3).of(three).trimmedMean()).isEqualTo(d("700.0"));
    }

    @Test
    void medianOfAnEvenNumberIsTheMeanOfTheTwoMiddleTotals() {
        // six sheets: median (650 + 700) / 2 = 675.0; mean 4180 / 6 = 696.67 -> 696.7;
        // trimmed (610 + 650 + 700 + 720) / 4 = 2680 / 4 = 670.0
        assertThat(standard.of(totals("600", "610", "650", "700", "720", "900")))
                .isEqualTo(new Aggregate(d("696.7"), d("675.0"), d("670.0"), 6));
    }

    @Test
    void medianOfTwoRoundsHalfUp() {
        // (650.0 + 700.5) / 2 = 675.25 -> 675.3
        Aggregate aggregate = standard.of(totals("700.5", "650.0"));

        assertThat(aggregate.median()).isEqualTo(d("675.3"));
        assertThat(aggregate.mean()).isEqualTo(d("675.3"));
    }

    @Test
    void onlyOneOfTwoEqualExtremesIsDropped() {
        // 600, 600, 650, 900, 900: trimmed (600 + 650 + 900) / 3 = 2150 / 3 = 716.67 -> 716.7;
        // mean 3650 / 5 = 730.0; median 650.0
        assertThat(standard.of(totals("900", "600", "650", "600", "900")))
                .isEqualTo(new Aggregate(d("730.0"), d("650.0"), d("716.7"), 5));
    }

    @Test
    void aSingleSheetIsItsOwnScore() {
        assertThat(standard.of(totals("655.5"))).isEqualTo(new Aggregate(d("655.5"), d("655.5"), d("655.5"), 1));
    }

    @Test
    void anEntryWithoutSheetsHasNoScore() {
        assertThatThrownBy(() -> standard.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no score");
    }

    @Test
    void trimmingBelowThreeSheetsCannotBeConfigured() {
        assertThatThrownBy(() -> new Aggregation(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void byEntryGroupsSheetsAndOrdersByEntry() {
        List<Sheet> sheets = List.of(
                new Sheet(2, 10, d("600.0")),
                new Sheet(1, 10, d("700.0")),
                new Sheet(2, 20, d("650.0")),
                new Sheet(1, 20, d("720.0")));

        Map<Long, Aggregate> byEntry = standard.byEntry(sheets);

        assertThat(byEntry).containsOnlyKeys(1L, 2L);
        assertThat(byEntry.keySet()).containsExactly(1L, 2L);
        // entry 1: (700 + 720) / 2 = 710.0; entry 2: (600 + 650) / 2 = 625.0
        assertThat(byEntry.get(1L)).isEqualTo(new Aggregate(d("710.0"), d("710.0"), d("710.0"), 2));
        assertThat(byEntry.get(2L)).isEqualTo(new Aggregate(d("625.0"), d("625.0"), d("625.0"), 2));
    }

    @Test
    void anExpertCannotCountTwiceOnAnEntry() {
        List<Sheet> sheets = List.of(new Sheet(1, 10, d("700.0")), new Sheet(1, 10, d("710.0")));

        assertThatThrownBy(() -> standard.byEntry(sheets))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expert 10");
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> totals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
