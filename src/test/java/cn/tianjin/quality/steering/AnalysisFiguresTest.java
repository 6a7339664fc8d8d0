package cn.tianjin.quality.steering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.publication.Holders.Attributed;
import cn.tianjin.quality.steering.AnalysisFigures.Part;
import cn.tianjin.quality.steering.AnalysisFigures.Row;
import cn.tianjin.quality.steering.AnalysisFigures.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisFiguresTest {

    private static Attributed title(long enterprise, int year, String district) {
        return new Attributed(enterprise, year, district, "MANUFACTURING", "LARGE");
    }

    private static Map<String, List<Attributed>> counted() {
        Map<String, List<Attributed>> m = new LinkedHashMap<>();
        // Enterprise 1 won the award in 2024 and again in 2025; enterprise 2 in 2025; enterprise 3 in 2021.
        m.put("AWARD", List.of(title(1, 2024, "120101"), title(1, 2025, "120101"), title(2, 2025, "120102"),
                title(3, 2021, "120102")));
        // Enterprise 1 also became a quality benchmark in 2025: one enterprise, counted once across programmes.
        m.put("PACESETTER", List.of(title(1, 2025, "120101")));
        return m;
    }

    @Test
    void programmesCountEnterprisesOfTheYearAndHoldersNow() {
        Table t = AnalysisCompiler.programmes(2025, counted(), Map.of("AWARD", 7L));

        assertThat(t.rows()).extracting(Row::label).containsExactly("AWARD", "PACESETTER");
        assertThat(t.rows().get(0).values()).containsExactly(BigDecimal.valueOf(7), BigDecimal.valueOf(2), BigDecimal.valueOf(3));
        assertThat(t.rows().get(1).values()).containsExactly(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(t.rowKeys()).isEqualTo("programme.");
    }

    @Test
    void districtsCountEachEnterpriseOnceAcrossProgrammesLargestFirstInBothLanguages() {
        Map<String, AnalysisCompiler.Names> districts = Map.of("120101", new AnalysisCompiler.Names("和平区", "Heping"),
                "120102", new AnalysisCompiler.Names("河东区", "Hedong"));
        Map<String, List<Attributed>> counted = counted();
        counted.put("CQO", List.of(title(4, 2025, "120102"), title(5, 2025, null)));

        Table t = AnalysisCompiler.byDistrict(2025, counted, districts);

        assertThat(t.rows()).extracting(r -> r.label(Locale.SIMPLIFIED_CHINESE)).containsExactly("河东区", "和平区", "—");
        assertThat(t.rows()).extracting(r -> r.label(Locale.ENGLISH)).containsExactly("Hedong", "Heping", "—");
        assertThat(t.rows()).extracting(r -> r.values().get(0).intValue()).containsExactly(2, 1, 1);
    }

    @Test
    void yearsRunFiveBackWithEmptyYearsShownAsNought() {
        Table t = AnalysisCompiler.byYear(2025, counted());

        assertThat(t.rows()).extracting(Row::label).containsExactly("2021", "2022", "2023", "2024", "2025");
        assertThat(t.rows()).extracting(r -> r.values().get(0).intValue()).containsExactly(1, 0, 0, 1, 2);
    }

    @Test
    void aCompilationReadsBackFromItsJsonAsItWas() {
        List<BigDecimal> withGap = new ArrayList<>(Arrays.asList(BigDecimal.valueOf(12.5), null, BigDecimal.valueOf(45)));
        AnalysisFigures f = new AnalysisFigures(2025, LocalDate.of(2026, 3, 1), List.of(
                new Part("analysis.part.programmes", null, List.of(AnalysisCompiler.byYear(2025, counted()))),
                new Part("analysis.part.brands", "analysis.brands.none", List.of()),
                new Part("analysis.part.targets", null, List.of(new Table("analysis.table.targets", null,
                        List.of("a", "b", "c"), List.of(new Row("质量奖企业（家）", "Award holders (enterprises)", withGap)), -1)))));

        AnalysisFigures back = AnalysisFigures.fromJson(f.toJson());

        assertThat(back).isEqualTo(f);
        assertThat(back.parts().get(2).tables().get(0).rows().get(0).values()).containsExactly(
                new BigDecimal("12.5"), null, new BigDecimal("45"));
    }

    @Test
    void rowLabelsAreTranslatedKeysOrDataAsTheyAre() {
        Table keyed = new Table("k", "programme.", List.of("c"), List.of(Row.of("AWARD", 1)), 0);
        Table data = new Table("k", null, List.of("c"), List.of(new Row("和平区", "Heping", List.of(BigDecimal.ONE))), 0);

        assertThat(keyed.label(keyed.rows().get(0), Locale.ENGLISH, key -> "<" + key + ">")).isEqualTo("<programme.AWARD>");
        assertThat(data.label(data.rows().get(0), Locale.ENGLISH, key -> "<" + key + ">")).isEqualTo("Heping");
        assertThat(data.label(data.rows().get(0), Locale.SIMPLIFIED_CHINESE, key -> "<" + key + ">")).isEqualTo("和平区");
    }

    @Test
    void aTargetWithoutAUnitHasNoEmptyBrackets() {
        assertThat(AnalysisCompiler.withUnit("制造业质量竞争力指数", "", "（", "）")).isEqualTo("制造业质量竞争力指数");
        assertThat(AnalysisCompiler.withUnit("主导制定的标准", "项", "（", "）")).isEqualTo("主导制定的标准（项）");
    }
}
