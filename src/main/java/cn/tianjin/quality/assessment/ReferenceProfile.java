package cn.tianjin.quality.assessment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * A profile an enterprise compares its self-assessment with: per rubric code, a percentage per category code. The
 * shipped profiles are score-band benchmarks (see {@code assessment/reference-profiles.json}), not statistics.
 */
public record ReferenceProfile(String code, String nameZh, String nameEn, Map<String, Map<String, BigDecimal>> rubrics) {

    public ReferenceProfile {
        rubrics = Map.copyOf(rubrics);
    }

    /** The category percentages for one rubric; empty when the profile does not cover it. */
    public Map<String, BigDecimal> percents(String rubricCode) {
        return rubrics.getOrDefault(rubricCode, Map.of());
    }

    public boolean covers(String rubricCode) {
        return rubrics.containsKey(rubricCode);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
