package cn.tianjin.quality.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameGramsTest {
    private static int g(String two) {
        return NameGrams.gram(two.charAt(0), two.charAt(1));
    }

    private static int[] grams(String... twos) {
        return Arrays.stream(twos).mapToInt(NameGramsTest::g).toArray();
    }

    @Test
    void aChineseNameIsKeyedByEveryPairOfNeighbouringCharactersOnce() {
        assertThat(NameGrams.ofName("天津精密有限公司"))
                .containsExactly(grams("天津", "津精", "精密", "密有", "有限", "限公", "公司"));
        assertThat(NameGrams.ofName("天津天津")).containsExactly(grams("天津", "津天"));
    }

    @Test
    void lettersAreKeyedWithoutCaseAndFullWidthFormsAsTheirPlainOnes() {
        assertThat(NameGrams.ofName("ABC（天津）")).containsExactly(grams("ab", "bc", "c(", "(天", "天津", "津)"));
        assertThat(NameGrams.ofName("ＡＢｃ")).containsExactly(grams("ab", "bc"));
        assertThat(NameGrams.ofSearch("Bc").orElseThrow()).containsExactly(grams("bc"));
    }

    @Test
    void aNameWithACharacterTheKeysDoNotCoverIsACandidateForEverySearch() {
        assertThat(NameGrams.ofName("Café天津")).containsExactly(NameGrams.ALWAYS);
        assertThat(NameGrams.ofName("天津𠀀科技")).containsExactly(NameGrams.ALWAYS);
        assertThat(NameGrams.ofName("Straße")).containsExactly(NameGrams.ALWAYS);
        assertThat(NameGrams.ofName("天津\t科技")).containsExactly(NameGrams.ALWAYS);
    }

    @Test
    void aOneCharacterNameHasNoKeys() {
        assertThat(NameGrams.ofName("津")).isEmpty();
    }

    @Test
    void aSearchTextHasKeysOnlyWhenTheyCanFindEveryMatch() {
        assertThat(NameGrams.ofSearch("精密")).get().satisfies(k -> assertThat(k).containsExactly(g("精密")));
        assertThat(NameGrams.ofSearch("精")).isEmpty();
        assertThat(NameGrams.ofSearch("𠀀")).isEmpty();
        for (String wildcard : List.of("精%密", "精_密", "精\\密")) {
            assertThat(NameGrams.ofSearch(wildcard)).as(wildcard).isEmpty();
        }
        assertThat(NameGrams.ofSearch("café")).isEmpty();
        assertThat(NameGrams.ofSearch(null)).isEqualTo(Optional.empty());
    }

    @Test
    void aTextIsCoveredWhenEveryCharacterIsOneTheKeysFold() {
        assertThat(NameGrams.covers("91120104MA05L3KX2B")).isTrue();
        assertThat(NameGrams.covers("精")).isTrue();
        assertThat(NameGrams.covers("精_%")).isTrue();
        assertThat(NameGrams.covers("ß")).isFalse();
        assertThat(NameGrams.covers("精\u0301")).isFalse();
    }

    @Test
    void everyKeyOfASearchTextIsAKeyOfEveryNameContainingIt() {
        String name = "天津Tech精密（集团）有限公司";
        List<Integer> nameKeys = Arrays.stream(NameGrams.ofName(name)).boxed().toList();
        for (int from = 0; from < name.length(); from++) {
            for (int to = from + 2; to <= name.length(); to++) {
                String part = name.substring(from, to);
                for (String text : List.of(part, part.toLowerCase(), part.toUpperCase())) {
                    assertThat(nameKeys).as(text)
                            .containsAll(Arrays.stream(NameGrams.ofSearch(text).orElseThrow()).boxed().toList());
                }
            }
        }
    }

    @Test
    void aLongTextIsNarrowedByAFewKeysSpreadOverIt() {
        int[] all = NameGrams.ofSearch("天津华科精密机械有限公司").orElseThrow();
        assertThat(all).hasSize(11);
        int[] few = NameGrams.spread(all, 4);
        assertThat(few).containsExactly(all[0], all[3], all[6], all[10]);
        assertThat(NameGrams.spread(grams("精密"), 4)).containsExactly(g("精密"));
    }

    @Test
    void aCommonTextsFirstPageReadsTheNameIndexAndARareTextOrADeepPageItsCandidates() {
        // L: 50,000 enterprises, 1,428 of them hold 精密's key; page 1 needs about 700 names read in order
        assertThat(NameGrams.scanNamesRather(20, 50_000, 1_428)).isTrue();
        assertThat(NameGrams.scanNamesRather(800, 50_000, 1_428)).as("page 40").isFalse();
        assertThat(NameGrams.scanNamesRather(20, 50_000, 3)).as("a text three names hold").isFalse();
        assertThat(NameGrams.scanNamesRather(20, 50_000, 0)).as("a text no name holds").isFalse();
    }
}
