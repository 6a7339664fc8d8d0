package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryFilterTest {

    @Test
    void blankMeansEveryEntry() {
        assertThat(EntryFilter.of(null)).isEqualTo(new EntryFilter(null, null));
        assertThat(EntryFilter.of("  ")).isEqualTo(new EntryFilter(null, null));
    }

    @Test
    void wordsAreSearchedAsTypedWithoutTheSpacesAround() {
        assertThat(EntryFilter.of(" 精密制造 ")).isEqualTo(new EntryFilter("精密制造", null));
    }

    @Test
    void aNumberAlsoFindsTheEntryOfThatNumberWithOrWithoutHash() {
        assertThat(EntryFilter.of("1234")).isEqualTo(new EntryFilter("1234", 1234L));
        assertThat(EntryFilter.of("#1234")).isEqualTo(new EntryFilter("#1234", 1234L));
        assertThat(EntryFilter.of("# 77")).isEqualTo(new EntryFilter("# 77", 77L));
    }

    @Test
    void somethingThatIsNotAWholeNumberIsOnlyText() {
        assertThat(EntryFilter.of("12a").number()).isNull();
        assertThat(EntryFilter.of("-5").number()).isNull();
        assertThat(EntryFilter.of("#").number()).isNull();
        assertThat(EntryFilter.of("9".repeat(30)).number()).as("too long for an id").isNull();
    }
}
