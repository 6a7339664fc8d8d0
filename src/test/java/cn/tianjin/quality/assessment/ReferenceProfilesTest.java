package cn.tianjin.quality.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricJson;
import cn.tianjin.quality.review.ScoreBand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped reference profiles: honest band benchmarks that cover every category of both default rubrics. */
class ReferenceProfilesTest {

    private static RubricDefinition rubric(String code) throws IOException {
        try (InputStream in = ReferenceProfilesTest.class.getClassLoader().getResourceAsStream("rubrics/" + code + ".json")) {
            return RubricJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static ReferenceProfiles read(String json) {
        return ReferenceProfiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedProfilesAreTheMidpointsOfFourScoreBandsInBothLanguages() {
        ReferenceProfiles shipped = ReferenceProfiles.shipped();

        assertThat(shipped.forRubric("gbt19580-2012")).extracting(ReferenceProfile::code)
                .containsExactly("beginning", "developing", "mature", "role-model");
        ReferenceProfile mature = shipped.find("mature").orElseThrow();
        assertThat(mature.name(Locale.ENGLISH)).isEqualTo("Mature (50-65% band in every category)");
        assertThat(mature.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("成熟（各类别 50-65% 分数段）");
        assertThat(mature.percents("gbt19580-2012").values()).containsOnly(new BigDecimal("57.5"));
        assertThat(shipped.find("beginning").orElseThrow().percents("tianjin-brand-2026").values())
                .containsOnly(new BigDecimal("17.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gbt19580-2012", "tianjin-brand-2026"})
    void everyProfileCoversExactlyTheCategoriesOfTheDefaultRubricsAtABandMidpoint(String code) throws IOException {
        RubricDefinition rubric = rubric(code);
        var categories = rubric.categories().stream().map(RubricCategory::code).toList();

        for (ReferenceProfile p : ReferenceProfiles.shipped().forRubric(code)) {
            assertThat(p.percents(code).keySet()).as(p.code()).containsExactlyInAnyOrderElementsOf(categories);
            for (BigDecimal percent : p.percents(code).values()) {
                ScoreBand band = ScoreBand.of(percent.intValue());
                BigDecimal midpoint = BigDecimal.valueOf(band.fromPercent() + band.toPercent()).divide(BigDecimal.valueOf(2));
                assertThat(percent).as(p.code() + " is a band midpoint").isEqualByComparingTo(midpoint);
            }
        }
        assertThat(ReferenceProfiles.shipped().forRubric(code)).hasSize(4);
    }

    @Test
    void aProfileCoversOnlyTheRubricsItNames() {
        ReferenceProfiles p = read("""
                {"profiles": [{"code": "x", "nameZh": "甲", "nameEn": "X", "rubrics": {"r1": {"A": 12.5}}}]}""");

        assertThat(p.forRubric("r1")).hasSize(1);
        assertThat(p.forRubric("r2")).isEmpty();
        assertThat(p.find("x").orElseThrow().percents("r2")).isEmpty();
        assertThat(p.find("y")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "{\"profiles\": 3}",
        "{\"profiles\": [{\"code\": \"x\", \"nameZh\": \"甲\", \"nameEn\": \"X\", \"rubrics\": {\"r\": {\"A\": 120}}}]}",
        "{\"profiles\": [{\"code\": \"x\", \"nameZh\": \"甲\", \"nameEn\": \"X\", \"rubrics\": {\"r\": {\"A\": \"high\"}}}]}",
        "{\"profiles\": [{\"code\": \"x\", \"nameZh\": \"甲\", \"rubrics\": {}}]}",
        "{\"profiles\": [{\"code\": \"x\", \"nameZh\": \"甲\", \"nameEn\": \"X\", \"rubrics\": {}},"
                + " {\"code\": \"x\", \"nameZh\": \"乙\", \"nameEn\": \"Y\", \"rubrics\": {}}]}",
    })
    void aMalformedFileIsRefusedLoudly(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class);
    }
}
