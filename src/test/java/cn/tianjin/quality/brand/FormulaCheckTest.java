package cn.tianjin.quality.brand;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.platform.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaCheckTest {
    static final IndicatorSet SET = ShippedBrandData.indicators();

    @Test
    void theShippedFormulaFitsTheShippedIndicators() {
        assertThat(FormulaCheck.problems(ShippedBrandData.formula(), SET)).isEmpty();
    }

    @Test
    void theShippedFilesReadBackAsTheyWereWritten() {
        assertThat(BrandJson.readIndicators(BrandJson.write(SET))).isEqualTo(SET);
        IndexFormula f = ShippedBrandData.formula();
        assertThat(BrandJson.write(BrandJson.readFormula(BrandJson.write(f)))).isEqualTo(BrandJson.write(f));
        assertThat(BrandJson.readIndicators(ShippedBrandData.read(ShippedBrandData.INDICATORS)).indicators()).hasSize(12);
    }

    @Test
    void weightsThatDoNotAddUpAndUnknownOrRepeatedIndicatorsAreEachNamed() {
        IndexFormula f = new IndexFormula("F", "公式", "Formula", SET.code(),
                List.of(new BigDecimal("0.5"), new BigDecimal("0.5")), 1, new BigDecimal("0.2"), List.of(
                new IndexFormula.Dimension("A", "甲", "A", new BigDecimal("0.5"), List.of(
                        new IndexFormula.Part("SALES", new BigDecimal("0.5"), IndexFormula.Scale.LOG),
                        new IndexFormula.Part("PROFIT", new BigDecimal("0.4"), IndexFormula.Scale.LOG))),
                new IndexFormula.Dimension("B", "乙", "B", new BigDecimal("0.2"), List.of(
                        new IndexFormula.Part("SALES", new BigDecimal("0.5"), IndexFormula.Scale.LINEAR),
                        new IndexFormula.Part("TURNOVER", new BigDecimal("0.5"), IndexFormula.Scale.LINEAR)))));
        assertThat(FormulaCheck.problems(f, SET)).containsExactly(
                new FieldProblem("yearWeights", "brand.formula.yearCount", 3),
                new FieldProblem("minPeers", "brand.formula.minPeers", 2),
                new FieldProblem("dimensions.1", "brand.formula.logNegative", 1, "PROFIT"),
                new FieldProblem("dimensions.1", "brand.formula.partSum", "0.9"),
                new FieldProblem("dimensions.2", "brand.formula.usedTwice", 2, "SALES"),
                new FieldProblem("dimensions.2", "brand.formula.unknownIndicator", 2, "TURNOVER"),
                new FieldProblem("weights", "brand.formula.weightSum", "0.9"));
    }

    @Test
    void aFileThatIsNotAFormulaSaysWhereItIsWrong() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrandJson.readFormula("{\"code\": 3}"))
                .isInstanceOfSatisfying(BrandJson.Malformed.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("brand.json.type");
                    assertThat(e.args()).containsExactly("code");
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrandJson.readIndicators("[1"))
                .isInstanceOfSatisfying(BrandJson.Malformed.class, e -> assertThat(e.messageKey()).isEqualTo("brand.json.malformed"));
    }
}
