package cn.tianjin.quality.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexSummaryTest {
    static IndexSummary.Scored s(long id, String industry, String district, String kind, String index) {
        return new IndexSummary.Scored(id, industry, district, kind, new BigDecimal(index));
    }

    @Test
    void theYearIsSummedUpCityWideAndPerGroupBesideTheYearBefore() {
        List<IndexSummary.Scored> year = List.of(
                s(1, "C13", "120116", "PRODUCT", "80"),
                s(2, "C13", "120104", "SERVICE", "70"),
                s(3, "C27", "120116", "PRODUCT", "61"));
        List<IndexSummary.Scored> before = List.of(
                s(1, "C13", "120116", "PRODUCT", "76"),
                s(4, "C13", "120116", "PRODUCT", "70"));
        List<IndexSummary.Group> g = IndexSummary.summarise(year, before);

        // City: (80 + 70 + 61) / 3 = 70.33; the year before (76 + 70) / 2 = 73: down 2.67 points.
        assertThat(g.get(0)).isEqualTo(new IndexSummary.Group("city", "", 3, new BigDecimal("70.33"),
                new BigDecimal("73.00"), new BigDecimal("-2.67")));
        // Industries, highest mean first: C13 (80 + 70) / 2 = 75 against 73; C27 new, no change to show.
        assertThat(g.subList(1, 3)).containsExactly(
                new IndexSummary.Group("industry", "C13", 2, new BigDecimal("75.00"), new BigDecimal("73.00"),
                        new BigDecimal("2.00")),
                new IndexSummary.Group("industry", "C27", 1, new BigDecimal("61.00"), null, null));
        // Districts: 120104 (70, new), 120116 ((80 + 61) / 2 = 70.50 against 73): 70.50 first.
        assertThat(g.subList(3, 5)).extracting(IndexSummary.Group::key, IndexSummary.Group::mean)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("120116", new BigDecimal("70.50")),
                        org.assertj.core.groups.Tuple.tuple("120104", new BigDecimal("70.00")));
        // Kinds: products 70.50 (against 73), services 70.00.
        assertThat(g.subList(5, 7)).extracting(IndexSummary.Group::key, IndexSummary.Group::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PRODUCT", new BigDecimal("-2.50")),
                        org.assertj.core.groups.Tuple.tuple("SERVICE", null));
        assertThat(g).hasSize(7);
    }

    @Test
    void aYearWithoutBrandsHasNoGroups() {
        assertThat(IndexSummary.summarise(List.of(), List.of(s(1, "C13", "120116", "PRODUCT", "50")))).isEmpty();
    }
}
