package cn.tianjin.quality.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The radar's geometry on a 640 x 440 drawing: centre (320, 220), 100% at 150 from it, first axis straight up. */
class RadarChartTest {
    private static final RadarChart FOUR = new RadarChart(List.of("Q 质量", "I 创新", "B 品牌", "E 效益"));

    private static List<BigDecimal> percents(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void fourAxesPointUpRightDownAndLeftWithLabelsAnchoredOutwards() {
        List<RadarChart.Axis> axes = FOUR.axes();

        assertThat(axes).extracting(RadarChart.Axis::x).containsExactly("320.0", "470.0", "320.0", "170.0");
        assertThat(axes).extracting(RadarChart.Axis::y).containsExactly("70.0", "220.0", "370.0", "220.0");
        assertThat(axes).extracting(RadarChart.Axis::anchor).containsExactly("middle", "start", "middle", "end");
        assertThat(axes.get(0).labelY()).as("14 beyond the rim").isEqualTo("56.0");
        assertThat(axes.get(0).lines()).containsExactly("Q 质量");
        assertThat(axes.get(0).firstLineDy()).as("one line, centred on its point").isEqualTo("0.35em");
    }

    @Test
    void aShapeIsThePercentagesAlongTheAxes() {
        assertThat(FOUR.polygon(percents("50", "100", "0", "20")))
                .isEqualTo("320.0,145.0 470.0,220.0 320.0,220.0 290.0,220.0");
    }

    @Test
    void valuesBeyondTheScaleStayOnTheChart() {
        assertThat(FOUR.polygon(percents("120", "0", "0", "-5")))
                .isEqualTo("320.0,70.0 320.0,220.0 320.0,220.0 320.0,220.0");
    }

    @Test
    void theGridHasARingPerTwentyPercent() {
        List<String> rings = new RadarChart(List.of("a", "b", "c")).rings();

        assertThat(rings).hasSize(5);
        assertThat(rings.get(0)).startsWith("320.0,190.0 ");
        assertThat(rings.get(4)).startsWith("320.0,70.0 ");
    }

    @Test
    void longLabelsBreakAtSpacesAndTheirBlockIsCentred() {
        assertThat(RadarChart.lines("4.6 Measurement, analysis and improvement"))
                .containsExactly("4.6 Measurement,", "analysis and", "improvement");
        assertThat(RadarChart.lines("4.6 测量、分析与改进")).containsExactly("4.6 测量、分析与改进");
        RadarChart chart = new RadarChart(List.of("4.6 Measurement, analysis and improvement", "b", "c"));
        // three lines of 1.15em: the first sits 1.15em above the centre, then 0.35em down to centre its own height
        assertThat(chart.axes().get(0).firstLineDy()).isEqualTo("-0.80em");
    }

    @Test
    void fewerThanThreeAxesOrAMismatchedShapeAreBugs() {
        assertThatThrownBy(() -> new RadarChart(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FOUR.polygon(percents("1", "2"))).isInstanceOf(IllegalArgumentException.class);
    }
}
