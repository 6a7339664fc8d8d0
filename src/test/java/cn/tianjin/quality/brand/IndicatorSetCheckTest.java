package cn.tianjin.quality.brand;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.platform.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorSetCheckTest {

    static IndicatorSet.Indicator indicator(String code, String min, String max, int decimals, String atMost) {
        return new IndicatorSet.Indicator(code, "指标", "Indicator", "件", "pieces", new BigDecimal(min), new BigDecimal(max),
                decimals, IndicatorSet.Better.HIGHER, true, atMost);
    }

    @Test
    void theShippedIndicatorsPass() {
        assertThat(IndicatorSetCheck.problems(ShippedBrandData.indicators())).isEmpty();
    }

    @Test
    void everyWrongIndicatorIsNamedByItsPlace() {
        IndicatorSet set = new IndicatorSet("", "指标", "", 9, List.of(
                indicator("A", "0", "100", 0, null),
                indicator("A", "5", "5", 6, null),
                new IndicatorSet.Indicator("C", "丙", "C", "", "", BigDecimal.ZERO, BigDecimal.ONE, 0,
                        IndicatorSet.Better.LOWER, false, "Z")));
        assertThat(IndicatorSetCheck.problems(set)).containsExactly(
                new FieldProblem("code", "brand.method.codeRequired", 60),
                new FieldProblem("name", "brand.method.nameRequired"),
                new FieldProblem("years", "brand.indicators.years", 5),
                new FieldProblem("indicators.2", "brand.indicators.code", 2),
                new FieldProblem("indicators.2", "brand.indicators.range", 2),
                new FieldProblem("indicators.2", "brand.indicators.decimals", 2, 4),
                new FieldProblem("indicators.3", "brand.indicators.names", 3),
                new FieldProblem("indicators.3", "brand.indicators.atMost", 3, "Z"));
    }

    @Test
    void aRangeBeyondWhatAFigureCanBeStoredWithIsRefused() {
        IndicatorSet set = new IndicatorSet("T", "指标", "Indicators", 3, List.of(
                indicator("A", "-1000000000000000", "1000000000000000", 0, null),
                indicator("B", "0", "1000000000000000.5", 1, null),
                indicator("C", "-1000000000000001", "0", 0, null)));
        assertThat(IndicatorSetCheck.problems(set)).containsExactly(
                new FieldProblem("indicators.2", "brand.indicators.magnitude", 2, "1000000000000000"),
                new FieldProblem("indicators.3", "brand.indicators.magnitude", 3, "1000000000000000"));
    }
}
