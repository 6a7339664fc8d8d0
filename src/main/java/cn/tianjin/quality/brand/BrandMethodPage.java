package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The brand index's method in force, as the public page (/public/brand-index-method) and the officials' page show it:
 * the indicators an application gives, the dimensions with their weights and parts, the panel's weight, the year
 * weights and the normalisation rule.
 */
@Named
@RequestScoped
public class BrandMethodPage {
    @Inject
    BrandMethods methods;

    @Inject
    Language language;

    private Optional<IndicatorSet> indicators;
    private Optional<IndexFormula> formula;

    public IndicatorSet getIndicators() {
        if (indicators == null) {
            indicators = methods.current(BrandMethod.Kind.INDICATORS).map(BrandMethod::indicators);
        }
        return indicators.orElse(null);
    }

    public IndexFormula getFormula() {
        if (formula == null) {
            formula = methods.current(BrandMethod.Kind.FORMULA).map(BrandMethod::formula);
        }
        return formula.orElse(null);
    }

    /** An indicator's name in the reader's language, by code (the code itself when the set does not name it). */
    public String indicatorName(String code) {
        IndicatorSet set = getIndicators();
        return set == null ? code : set.find(code).map(i -> i.name(!language.isEnglish())).orElse(code);
    }

    /** A weight as a percentage: 0.25 as "25". */
    public String percent(BigDecimal weight) {
        return weight.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** The year weights, oldest year first, as percentages joined for reading: "20 / 30 / 50". */
    public String yearWeights() {
        IndexFormula f = getFormula();
        return f == null ? "" : String.join(" / ", f.yearWeights().stream().map(this::percent).toList());
    }

    public List<IndicatorSet.Indicator> getIndicatorList() {
        IndicatorSet set = getIndicators();
        return set == null ? List.of() : set.indicators();
    }
}
