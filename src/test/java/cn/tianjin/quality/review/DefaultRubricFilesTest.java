package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rubrics the portal installs on first start: officials start from these, so they must be right. */
class DefaultRubricFilesTest {

    private static RubricDefinition load(String name) throws IOException {
        try (InputStream in = DefaultRubricFilesTest.class.getClassLoader().getResourceAsStream("rubrics/" + name)) {
            assertThat(in).as("classpath resource rubrics/" + name).isNotNull();
            return RubricJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void gbt19580IsValidAndHasTheCategoryPointsOfTheStandard() throws IOException {
        RubricDefinition r = load("gbt19580-2012.json");

        assertThat(RubricValidator.problems(r)).isEmpty();
        assertThat(r.code()).isEqualTo("gbt19580-2012");
        assertThat(r.totalPoints()).isEqualTo(1000);
        Map<String, Integer> points = new LinkedHashMap<>();
        r.categories().forEach(c -> points.put(c.code(), c.points()));
        assertThat(points).containsExactly(
                Map.entry("4.1", 110), Map.entry("4.2", 90), Map.entry("4.3", 90), Map.entry("4.4", 130),
                Map.entry("4.5", 100), Map.entry("4.6", 80), Map.entry("4.7", 400));
    }

    @Test
    void gbt19580HasTheItemPointsOfTheStandard() throws IOException {
        RubricDefinition r = load("gbt19580-2012.json");

        Map<String, Integer> points = new LinkedHashMap<>();
        r.items().forEach(i -> points.put(i.code(), i.points()));
        assertThat(points).containsExactly(
                Map.entry("4.1.1", 50), Map.entry("4.1.2", 30), Map.entry("4.1.3", 30),
                Map.entry("4.2.1", 40), Map.entry("4.2.2", 50),
                Map.entry("4.3.1", 40), Map.entry("4.3.2", 50),
                Map.entry("4.4.1", 60), Map.entry("4.4.2", 15), Map.entry("4.4.3", 20), Map.entry("4.4.4", 15),
                Map.entry("4.4.5", 10), Map.entry("4.4.6", 10),
                Map.entry("4.5.1", 50), Map.entry("4.5.2", 50),
                Map.entry("4.6.1", 40), Map.entry("4.6.2", 40),
                Map.entry("4.7.1", 80), Map.entry("4.7.2", 80), Map.entry("4.7.3", 80), Map.entry("4.7.4", 60),
                Map.entry("4.7.5", 50), Map.entry("4.7.6", 50));
        assertThat(r.findCategory("4.1")).map(RubricCategory::nameZh).contains("领导");
        assertThat(r.getItem("4.1.1").nameEn()).isEqualTo("Role of senior leaders");
    }

    @Test
    void gbt19580JudgesResultsAsResultsAndEverythingElseAsProcess() throws IOException {
        RubricDefinition r = load("gbt19580-2012.json");

        for (RubricCategory c : r.categories()) {
            ItemKind expected = c.code().equals("4.7") ? ItemKind.RESULTS : ItemKind.PROCESS;
            assertThat(c.items()).as(c.code()).allSatisfy(i -> assertThat(i.kind()).isEqualTo(expected));
        }
    }

    @Test
    void everyDefaultItemHasGuidanceForAllSixBandsInBothLanguages() throws IOException {
        for (String name : new String[] {"gbt19580-2012.json", "tianjin-brand-2026.json"}) {
            for (RubricItem i : load(name).items()) {
                assertThat(i.bands()).as(name + " " + i.code()).extracting(BandGuidance::band).containsExactly(ScoreBand.values());
                assertThat(i.bands()).allSatisfy(g -> {
                    assertThat(g.textZh()).isNotBlank();
                    assertThat(g.textEn()).isNotBlank().doesNotContain("'");
                });
            }
        }
    }

    @Test
    void theBrandRubricIsValidAndCoversQualityInnovationBrandAndBenefit() throws IOException {
        RubricDefinition r = load("tianjin-brand-2026.json");

        assertThat(RubricValidator.problems(r)).isEmpty();
        assertThat(r.code()).isEqualTo("tianjin-brand-2026");
        assertThat(r.totalPoints()).isEqualTo(500);
        assertThat(r.nameZh()).contains("默认", "可编辑");
        assertThat(r.nameEn()).contains("default", "editable");
        assertThat(r.categories()).extracting(RubricCategory::nameZh).containsExactly("质量", "创新", "品牌", "效益");
        assertThat(r.categories()).allSatisfy(c -> assertThat(c.items()).hasSizeBetween(2, 4));
    }

    @Test
    void theShippedFilesAreInTheFormTheWriterProducesSoExportsDiffCleanly() throws IOException {
        for (String name : new String[] {"gbt19580-2012.json", "tianjin-brand-2026.json"}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("rubrics/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(RubricJson.write(RubricJson.read(text))).as(name).isEqualTo(text.strip());
            }
        }
    }
}
