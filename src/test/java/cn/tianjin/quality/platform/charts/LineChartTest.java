package cn.tianjin.quality.platform.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {
    private static LineChart.Point p(String label, String value) {
        return new LineChart.Point(label, value == null ? null : new BigDecimal(value));
    }

    @Test
    void pointsSitInTheMiddleOfTheirSlotsAndAgainstTheWholeScale() {
        // Plot: x from 56 to 616 (560 wide, two slots of 280), y from 24 (100) to 224 (0).
        LineChart chart = new LineChart(List.of(p("2024", "50"), p("2025", "75.5")), new BigDecimal("100"));
        assertThat(chart.dots()).extracting(LineChart.Dot::x).containsExactly("196.0", "476.0");
        assertThat(chart.dots()).extracting(LineChart.Dot::y).containsExactly("124.0", "73.0");
        assertThat(chart.dots()).extracting(LineChart.Dot::value).containsExactly("50", "75.5");
        assertThat(chart.path()).isEqualTo("M196.0,124.0 L476.0,73.0");
    }

    @Test
    void aYearWithoutAFigureBreaksTheLineButKeepsItsLabel() {
        LineChart chart = new LineChart(List.of(p("2023", "40"), p("2024", null), p("2025", "60"), p("2026", "70")),
                new BigDecimal("100"));
        assertThat(chart.dots()).hasSize(3);
        assertThat(chart.labels()).extracting(LineChart.Dot::label).containsExactly("2023", "2024", "2025", "2026");
        assertThat(chart.path()).isEqualTo("M126.0,144.0 M406.0,104.0 L546.0,84.0");
    }

    @Test
    void valuesOutsideTheScaleAreDrawnAtItsEdgesAndTheGridMarksEachQuarter() {
        LineChart chart = new LineChart(List.of(p("a", "120"), p("b", "-5")), new BigDecimal("100"));
        assertThat(chart.dots()).extracting(LineChart.Dot::y).containsExactly("24.0", "224.0");
        assertThat(chart.ticks()).extracting(LineChart.Tick::label).containsExactly("0", "25", "50", "75", "100");
        assertThat(chart.ticks()).extracting(LineChart.Tick::y).containsExactly("224.0", "174.0", "124.0", "74.0", "24.0");
    }

    @Test
    void anEmptyChartSaysSoAndAScaleWithoutATopIsRefused() {
        assertThat(new LineChart(List.of(p("2025", null)), BigDecimal.TEN).isEmpty()).isTrue();
        assertThatThrownBy(() -> new LineChart(List.of(), BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
