package cn.tianjin.quality.platform.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void theTargetLineSetsTheScaleWhenNoColumnReachesIt() {
        // Plot from y=28 to y=224 (196 high); the target 40 at the top, 10 a quarter of the way up.
        BarChart c = new BarChart(List.of(new BarChart.Datum("2025", 10, "/a"), new BarChart.Datum("2026", 20, null)), 40L);
        assertThat(c.targetY()).isEqualTo("28.0");
        assertThat(c.columns()).extracting(BarChart.Column::height).containsExactly("49.0", "98.0");
        assertThat(c.columns()).extracting(BarChart.Column::y).containsExactly("175.0", "126.0");
        assertThat(c.columns()).extracting(BarChart.Column::link).containsExactly("/a", null);
    }

    @Test
    void aColumnAboveTheTargetReachesTheTopAndTheLineSitsBelowIt() {
        BarChart c = new BarChart(List.of(new BarChart.Datum("2026", 50, null)), 25L);
        assertThat(c.columns().get(0).y()).isEqualTo("28.0");
        assertThat(c.targetY()).isEqualTo("126.0");
    }

    @Test
    void columnsShareTheWidthEvenly() {
        // 608 wide between the margins: two slots of 304, columns of 182.4 centred in them.
        BarChart c = new BarChart(List.of(new BarChart.Datum("a", 1, null), new BarChart.Datum("b", 1, null)), null);
        assertThat(c.columns()).extracting(BarChart.Column::x).containsExactly("76.8", "380.8");
        assertThat(c.columns()).extracting(BarChart.Column::width).containsExactly("182.4", "182.4");
        assertThat(c.hasTarget()).isFalse();
    }

    @Test
    void nothingToDrawIsEmptyAndAllZeroDrawsFlat() {
        assertThat(new BarChart(List.of(), 10L).isEmpty()).isTrue();
        assertThat(new BarChart(List.of(new BarChart.Datum("a", 0, null)), null).columns().get(0).height()).isEqualTo("0.0");
    }
}
