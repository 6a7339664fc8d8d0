package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.tianjin.quality.review.RubricJson.RubricJsonException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RubricJsonTest {

    private static final String MINIMAL = """
            {"code": "r", "nameZh": "细则", "nameEn": "Rubric", "totalPoints": 50, "categories": [
              {"code": "1", "nameZh": "类", "nameEn": "Cat", "points": 50, "items": [
                {"code": "1.1", "nameZh": "条", "nameEn": "Item", "points": 50, "kind": "RESULTS", "bands": [
                  {"band": "B90_100", "textZh": "优秀", "textEn": "Excellent"}]}]}]}
            """;

    private static RubricJsonException readFails(String json) {
        return catchThrowableOfType(RubricJsonException.class, () -> RubricJson.read(json));
    }

    @Test
    void aRubricSurvivesWritingAndReadingBack() {
        RubricDefinition rubric = RubricFixtures.valid();

        assertThat(RubricJson.read(RubricJson.write(rubric))).isEqualTo(rubric);
        assertThat(RubricJson.read(RubricJson.write(rubric, false))).isEqualTo(rubric);
    }

    @Test
    void readsEveryField() {
        RubricDefinition r = RubricJson.read(MINIMAL);

        assertThat(r).isEqualTo(new RubricDefinition("r", "细则", "Rubric", 50, List.of(new RubricCategory("1", "类", "Cat", 50,
                List.of(new RubricItem("1.1", "条", "Item", 50, ItemKind.RESULTS,
                        List.of(new BandGuidance(ScoreBand.B90_100, "优秀", "Excellent"))))))));
    }

    @Test
    void writesFieldsInAFixedOrderSoVersionsCanBeDiffed() {
        String json = RubricJson.write(RubricJson.read(MINIMAL), false);

        assertThat(json).isEqualTo("{\"code\":\"r\",\"nameZh\":\"细则\",\"nameEn\":\"Rubric\",\"totalPoints\":50,\"categories\":["
                + "{\"code\":\"1\",\"nameZh\":\"类\",\"nameEn\":\"Cat\",\"points\":50,\"items\":["
                + "{\"code\":\"1.1\",\"nameZh\":\"条\",\"nameEn\":\"Item\",\"points\":50,\"kind\":\"RESULTS\",\"bands\":["
                + "{\"band\":\"B90_100\",\"textZh\":\"优秀\",\"textEn\":\"Excellent\"}]}]}]}");
    }

    @Test
    void prettyOutputIsOneFieldPerLineWithoutLeadingBlankLine() {
        String json = RubricJson.write(RubricFixtures.valid());

        assertThat(json).startsWith("{\n").endsWith("}").contains("\n    \"code\": \"test-rubric\",\n");
    }

    @Test
    void aByteOrderMarkFromAWindowsEditorIsIgnored() {
        assertThat(RubricJson.read("\uFEFF" + MINIMAL).code()).isEqualTo("r");
    }

    @Test
    void pointsWrittenAsWholeDecimalsAreAccepted() {
        assertThat(RubricJson.read(MINIMAL.replace("\"totalPoints\": 50", "\"totalPoints\": 50.0")).totalPoints()).isEqualTo(50);
    }

    @Test
    void anIncompleteDraftIsWrittenWithoutTheMissingFieldsAndReadingItBackSaysWhich() {
        RubricItem noKind = new RubricItem("1.1", null, "Item", 10, null, List.of());
        RubricDefinition draft = RubricFixtures.rubric(10, new RubricCategory("1", "类", "Cat", 10, List.of(noKind)));

        RubricJsonException e = readFails(RubricJson.write(draft));

        assertThat(e.messageKey()).isEqualTo("rubric.json.missingField");
        assertThat(e.args()).containsExactly("$.categories[0].items[0].nameZh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "not json", "{\"code\": \"r\",}", "{\"code\": \"r\"} trailing", "{\"code\": \"r\"}{}"})
    void textThatIsNotASingleJsonObjectIsMalformed(String json) {
        RubricJsonException e = readFails(json);

        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo("rubric.json.malformed");
        assertThat(e.args()).hasSize(2);
    }

    @Test
    void malformedSaysWhere() {
        RubricJsonException e = readFails("{\n  \"code\": \"r\",\n  \"nameZh\" \"细则\"\n}");

        // The column is where the parser gave up, which differs between parsers; the line is what an official needs.
        assertThat(e.args()[0]).isEqualTo(3L);
        assertThat((long) e.args()[1]).isPositive();
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void aTopLevelArrayIsNotARubric() {
        RubricJsonException e = readFails("[" + MINIMAL + "]");

        assertThat(e.messageKey()).isEqualTo("rubric.json.notObject");
        assertThat(e.args()).containsExactly("$");
    }

    @Test
    void aMissingFieldIsNamedByItsPath() {
        assertThat(readFails(MINIMAL.replace("\"totalPoints\": 50, ", "")).args()).containsExactly("$.totalPoints");
        assertThat(readFails(MINIMAL.replace(", \"points\": 50, \"kind\"", ", \"kind\"")).args())
                .containsExactly("$.categories[0].items[0].points");
        RubricJsonException e = readFails(MINIMAL.replace("\"textEn\": \"Excellent\"", "\"textEN\": \"Excellent\""));
        assertThat(e.messageKey()).isEqualTo("rubric.json.missingField");
        assertThat(e.args()).containsExactly("$.categories[0].items[0].bands[0].textEn");
    }

    @Test
    void anExplicitNullCountsAsMissing() {
        RubricJsonException e = readFails(MINIMAL.replace("\"nameEn\": \"Cat\"", "\"nameEn\": null"));

        assertThat(e.messageKey()).isEqualTo("rubric.json.missingField");
        assertThat(e.args()).containsExactly("$.categories[0].nameEn");
    }

    @Test
    void wrongTypesAreNamedByPath() {
        RubricJsonException points = readFails(MINIMAL.replace("\"totalPoints\": 50", "\"totalPoints\": \"50\""));
        assertThat(points.messageKey()).isEqualTo("rubric.json.notInteger");
        assertThat(points.args()).containsExactly("$.totalPoints");

        RubricJsonException fraction = readFails(MINIMAL.replace("\"points\": 50, \"items\"", "\"points\": 12.5, \"items\""));
        assertThat(fraction.messageKey()).isEqualTo("rubric.json.notInteger");
        assertThat(fraction.args()).containsExactly("$.categories[0].points");

        RubricJsonException name = readFails(MINIMAL.replace("\"nameZh\": \"条\"", "\"nameZh\": 3"));
        assertThat(name.messageKey()).isEqualTo("rubric.json.notString");
        assertThat(name.args()).containsExactly("$.categories[0].items[0].nameZh");

        RubricJsonException list = readFails(MINIMAL.replace("\"categories\": [", "\"categories\": {\"x\": [").replace("]}]}]}", "]}]}]}}"));
        assertThat(list.messageKey()).isEqualTo("rubric.json.notArray");
        assertThat(list.args()).containsExactly("$.categories");

        RubricJsonException element = readFails(MINIMAL.replace("\"bands\": [", "\"bands\": [\"B0_5\", "));
        assertThat(element.messageKey()).isEqualTo("rubric.json.notObject");
        assertThat(element.args()).containsExactly("$.categories[0].items[0].bands[0]");
    }

    @Test
    void anUnknownKindOrBandIsNamedWithTheAllowedValues() {
        RubricJsonException kind = readFails(MINIMAL.replace("\"RESULTS\"", "\"RESULT\""));
        assertThat(kind.messageKey()).isEqualTo("rubric.json.unknownValue");
        assertThat(kind.args()).containsExactly("$.categories[0].items[0].kind", "RESULT", "PROCESS, RESULTS");

        RubricJsonException band = readFails(MINIMAL.replace("\"B90_100\"", "\"90-100%\""));
        assertThat(band.args()).containsExactly("$.categories[0].items[0].bands[0].band", "90-100%",
                "B0_5, B10_25, B30_45, B50_65, B70_85, B90_100");
    }
}
