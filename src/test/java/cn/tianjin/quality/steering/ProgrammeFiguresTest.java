package cn.tianjin.quality.steering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.publication.Holders.Attributed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeFiguresTest {
    private static final List<Attributed> AWARD = List.of(new Attributed(1L, 2024, "120116", "C", "LARGE"),
            new Attributed(1L, 2026, "120116", "C", "LARGE"), new Attributed(2L, 2026, "120101", "I", "SMALL"));
    private static final List<Attributed> BENCHMARK = List.of(new Attributed(3L, 2025, "120116", "C", "MEDIUM"));

    @Test
    void eachDistrictCountsItsEnterprisesOncePerProgrammeAndLinksToTheirTitles() {
        ProgrammeFigures.Table t = ProgrammeFigures.table("district", List.of("AWARD", "PACESETTER"),
                Map.of("AWARD", AWARD, "PACESETTER", BENCHMARK), Attributed::district);
        assertThat(t.lines()).extracting(ProgrammeFigures.Line::key).containsExactly("120116", "120101");
        assertThat(t.lines().get(0).cells()).extracting(ProgrammeFigures.Cell::enterprises).containsExactly(1L, 1L);
        assertThat(t.lines().get(0).cells().get(0).link()).isEqualTo("/official/titles?programme=AWARD&district=120116&counted=1");
        assertThat(t.lines().get(1).cells()).extracting(ProgrammeFigures.Cell::link).containsExactly(
                "/official/titles?programme=AWARD&district=120101&counted=1", null);
        assertThat(t.lines()).as("the sums the bars show").extracting(ProgrammeFigures.Line::total).containsExactly(2L, 1L);
        assertThat(t.max()).isEqualTo(2L);
    }

    @Test
    void yearsRunNewestFirstAndAnEnterpriseCountsInEveryYearItWon() {
        ProgrammeFigures.Table t = ProgrammeFigures.table("year", List.of("AWARD"), Map.of("AWARD", AWARD),
                a -> String.valueOf(a.year()));
        assertThat(t.lines()).extracting(ProgrammeFigures.Line::key).containsExactly("2026", "2024");
        assertThat(t.lines()).extracting(l -> l.cells().get(0).enterprises()).containsExactly(2L, 1L);
    }
}
