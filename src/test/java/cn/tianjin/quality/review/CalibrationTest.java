package cn.tianjin.quality.review;

import static cn.tianjin.quality.review.AggregationTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.Aggregation.Sheet;
import cn.tianjin.quality.review.Calibration.ExpertCalibration;
import cn.tianjin.quality.review.Calibration.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static final long HARSH = 10;
    private static final long LENIENT = 20;
    private static final long SINGLE = 30;
    private static final long IDLE = 40;
    private static final long UNASSIGNED = 50;

    /*
     * Entry 1: harsh 600, lenient 700, single 690 -> mean 1990 / 3 = 663.333
     * Entry 2: harsh 500, lenient 640            -> mean 570
     * Entry 3: lenient 760 alone                 -> mean 760
     */
    private static final List<Sheet> ROUND = List.of(
            new Sheet(1, HARSH, d("600.0")),
            new Sheet(1, LENIENT, d("700.0")),
            new Sheet(1, SINGLE, d("690.0")),
            new Sheet(2, HARSH, d("500.0")),
            new Sheet(2, LENIENT, d("640.0")),
            new Sheet(3, LENIENT, d("760.0")));

    private static final List<Workload> WORKLOADS = List.of(
            new Workload(HARSH, 3, 2),
            new Workload(LENIENT, 3, 3),
            new Workload(SINGLE, 2, 1),
            new Workload(IDLE, 3, 0),
            new Workload(UNASSIGNED, 0, 0));

    @Test
    void harshExpertIsBelowThePanel() {
        // totals 600, 500: mean 550.0, sd 50.0;
        // distances 600 - 663.333 = -63.333 and 500 - 570 = -70: mean -66.667 -> -66.7; 2 of 3 = 0.67
        assertThat(calibration(HARSH))
                .isEqualTo(new ExpertCalibration(HARSH, 2, d("550.0"), d("50.0"), d("-66.7"), 3, 2, d("0.67")));
    }

    @Test
    void lenientExpertIsAboveThePanel() {
        // totals 700, 640, 760: mean 700.0; deviations 0, -60, 60: sd sqrt(7200 / 3) = 48.990 -> 49.0;
        // distances 36.667, 70, 0 (alone on entry 3): mean 106.667 / 3 = 35.556 -> 35.6
        assertThat(calibration(LENIENT))
                .isEqualTo(new ExpertCalibration(LENIENT, 3, d("700.0"), d("49.0"), d("35.6"), 3, 3, d("1.00")));
    }

    @Test
    void aSingleSheetHasNoSpread() {
        // 690 - 663.333 = 26.667 -> 26.7
        assertThat(calibration(SINGLE))
                .isEqualTo(new ExpertCalibration(SINGLE, 1, d("690.0"), null, d("26.7"), 2, 1, d("0.50")));
    }

    @Test
    void anExpertWithoutSheetsShowsOnlyCompletion() {
        assertThat(calibration(IDLE)).isEqualTo(new ExpertCalibration(IDLE, 0, null, null, null, 3, 0, d("0.00")));
        assertThat(calibration(UNASSIGNED))
                .isEqualTo(new ExpertCalibration(UNASSIGNED, 0, null, null, null, 0, 0, null));
    }

    @Test
    void expertsAreListedById() {
        List<Workload> shuffled = List.of(WORKLOADS.get(3), WORKLOADS.get(0), WORKLOADS.get(4), WORKLOADS.get(2),
                WORKLOADS.get(1));

        assertThat(Calibration.of(ROUND, shuffled))
                .extracting(ExpertCalibration::expertId)
                .containsExactly(HARSH, LENIENT, SINGLE, IDLE, UNASSIGNED);
    }

    @Test
    void aSheetWithoutAWorkloadIsABug() {
        List<Workload> withoutHarsh = WORKLOADS.subList(1, WORKLOADS.size());

        assertThatThrownBy(() -> Calibration.of(ROUND, withoutHarsh))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expert 10");
    }

    @Test
    void moreSubmittedThanAssignedIsRefused() {
        assertThatThrownBy(() -> new Workload(HARSH, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ExpertCalibration calibration(long expertId) {
        return Calibration.of(ROUND, WORKLOADS).stream()
                .filter(c -> c.expertId() == expertId)
                .findFirst()
                .orElseThrow();
    }
}
