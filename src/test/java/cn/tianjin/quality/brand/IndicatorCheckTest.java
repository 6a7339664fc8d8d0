package cn.tianjin.quality.brand;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.platform.FieldProblem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCheckTest {
    static final IndicatorSet SET = ShippedBrandData.indicators();
    static final List<Integer> YEARS = SET.yearsBefore(2026);

    /** Every indicator filled in with a plausible figure for each year. */
    static Map<String, Map<Integer, String>> complete() {
        Map<String, Map<Integer, String>> m = new HashMap<>();
        for (IndicatorSet.Indicator i : SET.indicators()) {
            Map<Integer, String> y = new HashMap<>();
            YEARS.forEach(year -> y.put(year, i.decimals() == 0 ? "12" : "12.5"));
            m.put(i.code(), y);
        }
        m.get("SALES").replaceAll((y, v) -> "50000");
        return m;
    }

    @Test
    void anApplicationGivesTheThreeFullYearsBeforeItsCampaign() {
        assertThat(YEARS).containsExactly(2023, 2024, 2025);
    }

    @Test
    void completeFiguresPassAndAreRead() {
        IndicatorCheck.Checked c = IndicatorCheck.check(SET, YEARS, complete(), true);
        assertThat(c.problems()).isEmpty();
        assertThat(c.figures().get("SALES").get(2025)).isEqualByComparingTo("50000");
        assertThat(c.figures().get("PATENTS")).hasSize(3);
    }

    @Test
    void everyWrongFigureIsNamedOnItsFieldInTheUsersLanguage() {
        Map<String, Map<Integer, String>> m = complete();
        m.get("OUTPUT").remove(2023);                 // required, missing
        m.get("MARKET_SHARE").put(2024, "十二");       // not a figure
        m.get("PATENTS").put(2025, "3.5");             // a count
        m.get("RD_SHARE").put(2025, "1.234");         // two decimals at most
        m.get("AWARENESS").put(2024, "120");           // a share above 100 %
        m.get("PROFIT").put(2025, "60000");            // above the year's sales
        m.get("SPOT_CHECK_PASS").clear();              // optional: not sampled
        IndicatorCheck.Checked c = IndicatorCheck.check(SET, YEARS, m, true);
        assertThat(c.problems()).containsExactly(
                new FieldProblem("OUTPUT.2023", "brand.indicator.required", "产值", "2023"),
                new FieldProblem("MARKET_SHARE.2024", "brand.indicator.number", "市场占有率", "2024"),
                new FieldProblem("RD_SHARE.2025", "brand.indicator.decimals", "研发投入占销售收入比重", "2025", 2),
                new FieldProblem("PATENTS.2025", "brand.indicator.whole", "有效专利数", "2025"),
                new FieldProblem("AWARENESS.2024", "brand.indicator.range", "品牌知名度", "2024", "0", "100", "%"),
                new FieldProblem("PROFIT.2025", "brand.indicator.atMost", "利润总额", "2025", "销售收入"));
        assertThat(IndicatorCheck.check(SET, YEARS, m, false).problems().get(0).args()[0]).isEqualTo("Output value");
    }

    @Test
    void figuresAreReadAsPeopleTypeThem() {
        assertThat(IndicatorCheck.parse("１，２３４．５")).isEqualByComparingTo("1234.5");
        assertThat(IndicatorCheck.parse(" 12.5% ")).isEqualByComparingTo("12.5");
        assertThat(IndicatorCheck.parse("-300")).isEqualByComparingTo("-300");
        assertThat(IndicatorCheck.parse("1 000 000")).isEqualByComparingTo(new BigDecimal(1_000_000));
        assertThat(IndicatorCheck.parse("abc")).isNull();
        assertThat(IndicatorCheck.parse("1.2.3")).isNull();
        assertThat(IndicatorCheck.parse("-")).isNull();
        assertThat(IndicatorCheck.parse("5%%")).isNull();
        assertThat(IndicatorCheck.parse("1e5")).isNull();
    }
}
