package cn.tianjin.quality.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The radar's geometry on a 440 square: centre (220, 220), 100% at 140 from it, first axis straight up. */
class RadarChartTest {

    private static List<BigDecimal> percents(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void fourAxesPointUpRightDownAndLeftWithLabelsAnchoredOutwards() {
        List<RadarChart.Axis> axes = new RadarChart(4).axes();

        assertThat(axes).extracting(RadarChart.Axis::x).containsExactly("220.0", "360.0", "220.0", "80.0");
        assertThat(axes).extracting(RadarChart.Axis::y).containsExactly("80.0", "220.0", "360.0", "220.0");
        assertThat(axes).extracting(RadarChart.Axis::anchor).containsExactly("middle", "start", "middle", "end");
        assertThat(axes.get(0).labelY()).as("16 beyond the rim").isEqualTo("64.0");
    }

    @Test
    void aShapeIsThePercentagesAlongTheAxes() {
        RadarChart chart = new RadarChart(4);

        assertThat(chart.polygon(percents("50", "100", "0", "25")))
                .isEqualTo("220.0,150.0 360.0,220.0 220.0,220.0 185.0,220.0");
    }

    @Test
    void valuesBeyondTheScaleStayOnTheChart() {
        assertThat(new RadarChart(4).polygon(percents("120", "0", "0", "-5")))
                .isEqualTo("220.0,80.0 220.0,220.0 220.0,220.0 220.0,220.0");
    }

    @Test
    void theGridHasARingPerTwentyPercent() {
        List<String> rings = new RadarChart(3).rings();

        assertThat(rings).hasSize(5);
        assertThat(rings.get(4)).startsWith("220.0,80.0 ");
    }

    @Test
    void fewerThanThreeAxesOrAMismatchedShapeAreBugs() {
        assertThatThrownBy(() -> new RadarChart(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RadarChart(3).polygon(percents("1", "2"))).isInstanceOf(IllegalArgumentException.class);
    }
}
