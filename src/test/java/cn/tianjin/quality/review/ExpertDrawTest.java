package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.ExpertDraw.Panel;
import cn.tianjin.quality.review.ExpertDraw.PoolExhaustedException;
import cn.tianjin.quality.review.ExpertDraw.Redraw;
import cn.tianjin.quality.review.ExpertDraw.Replacement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ExpertDrawTest {

    private static final long SEED = 20_250_601L;
    private static final long ENTRY = 42;
    private static final List<Long> POOL = LongStream.rangeClosed(1001, 1050).boxed().toList();
    /** The panel for SEED, ENTRY and POOL, recorded when the algorithm (with its per-entry generator) was fixed. */
    private static final Long[] PINNED = {1037L, 1045L, 1022L, 1017L, 1004L};

    @Test
    void sameSeedAndPoolDrawTheSamePanelWhateverTheListOrder() {
        List<Long> shuffled = new ArrayList<>(POOL);
        Collections.shuffle(shuffled, new Random(3));
        shuffled.add(POOL.get(7));

        Panel first = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of());
        Panel again = ExpertDraw.draw(SEED, ENTRY, shuffled, 5, Set.of());

        assertThat(again).isEqualTo(first);
        assertThat(first.experts()).hasSize(5).doesNotHaveDuplicates().isSubsetOf(POOL);
    }

    @Test
    void theEntriesOfOneRoundDrawTheirOwnPanels() {
        Panel first = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of());
        Panel next = ExpertDraw.draw(SEED, ENTRY + 1, POOL, 5, Set.of());

        assertThat(Set.copyOf(next.experts())).isNotEqualTo(Set.copyOf(first.experts()));
        assertThat(ExpertDraw.draw(SEED, ENTRY + 1, POOL, 5, Set.of())).isEqualTo(next);
    }

    @Test
    void differentSeedDrawsADifferentPanel() {
        Panel first = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of());
        Panel other = ExpertDraw.draw(SEED + 1, ENTRY, POOL, 5, Set.of());

        assertThat(Set.copyOf(other.experts())).isNotEqualTo(Set.copyOf(first.experts()));
    }

    /** A published draw must check out forever: this pins the algorithm described in ExpertDraw. */
    @Test
    void drawIsPinnedToTheDocumentedAlgorithm() {
        Panel panel = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of());

        assertThat(panel.experts()).containsExactlyElementsOf(referenceDraw(ExpertDraw.entrySeed(SEED, ENTRY), POOL, 5));
        assertThat(panel.experts()).containsExactly(PINNED);
    }

    @Test
    void generatorIsSplitMix64AsInTheJdk() {
        for (long seed : new long[] {0, 1, -1, SEED, Long.MAX_VALUE}) {
            ExpertDraw.SplitMix64 ours = new ExpertDraw.SplitMix64(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 100; i++) {
                assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
            }
        }
    }

    @Test
    void conflictedExpertsAreNeverDrawnAndDoNotReshuffleTheOthers() {
        Panel free = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of());
        long conflicted = free.experts().get(2);

        Panel panel = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of(conflicted));

        assertThat(panel.experts()).doesNotContain(conflicted).hasSize(5);
        List<Long> others = new ArrayList<>(free.experts());
        others.remove(conflicted);
        assertThat(panel.experts().subList(0, 4)).containsExactlyElementsOf(others);
        assertThat(panel.experts().get(4)).isEqualTo(ExpertDraw.draw(SEED, ENTRY, POOL, 6, Set.of()).experts().get(5));
    }

    @Test
    void everyExpertIsDrawnAboutEquallyOften() {
        List<Long> pool = LongStream.rangeClosed(1, 10).boxed().toList();
        int[] seated = new int[11];
        int draws = 20_000;
        for (long seed = 0; seed < draws; seed++) {
            for (long expert : ExpertDraw.draw(seed, ENTRY, pool, 3, Set.of()).experts()) {
                seated[(int) expert]++;
            }
        }
        // each expert sits on 3/10 of the panels: 6,000 expected, standard deviation about 65
        for (int expert = 1; expert <= 10; expert++) {
            assertThat(seated[expert]).as("panels of expert %d", expert).isBetween(5_700, 6_300);
        }
    }

    @Test
    void redrawTakesTheNextExpertOfTheSameSequenceIntoTheRecusedSeat() {
        Panel panel = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of());
        long recused = panel.experts().get(1);
        long sixth = ExpertDraw.draw(SEED, ENTRY, POOL, 6, Set.of()).experts().get(5);

        Redraw redraw = ExpertDraw.redraw(SEED, panel, recused);

        assertThat(redraw.replacement()).isEqualTo(new Replacement(recused, sixth, 6));
        List<Long> expected = new ArrayList<>(panel.experts());
        expected.set(1, sixth);
        assertThat(redraw.panel().experts()).containsExactlyElementsOf(expected);
        assertThat(redraw.panel().replacements()).containsExactly(redraw.replacement());
        assertThat(ExpertDraw.redraw(SEED, panel, recused)).as("deterministic").isEqualTo(redraw);
    }

    @Test
    void redrawSkipsConflictedExpertsAndNeverBringsBackARecusedOne() {
        Panel probe = ExpertDraw.draw(SEED, ENTRY, POOL, 8, Set.of());
        List<Long> order = probe.experts();
        // the 6th and 7th in the sequence are in conflict, so the first replacement is the 8th
        Panel panel = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of(order.get(5), order.get(6)));
        assertThat(panel.experts()).containsExactlyElementsOf(order.subList(0, 5));

        Redraw first = ExpertDraw.redraw(SEED, panel, order.get(0));
        assertThat(first.replacement().replacementExpert()).isEqualTo(order.get(7));

        Set<Long> everSeated = new HashSet<>(panel.experts());
        Panel current = first.panel();
        everSeated.addAll(current.experts());
        for (int i = 0; i < 10; i++) {
            Redraw next = ExpertDraw.redraw(SEED, current, current.experts().get(i % 5));
            long replacement = next.replacement().replacementExpert();
            assertThat(everSeated).as("replacement %d", replacement).doesNotContain(replacement);
            assertThat(replacement).isNotIn(order.get(5), order.get(6));
            everSeated.add(replacement);
            current = next.panel();
        }
        assertThat(current.replacements()).hasSize(11);
        assertThat(current.experts()).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void tooSmallPoolIsReportedWithAMessageKey() {
        List<Long> pool = List.of(1L, 2L, 3L, 4L, 5L, 6L);

        assertThatThrownBy(() -> ExpertDraw.draw(SEED, ENTRY, pool, 5, Set.of(2L, 4L, 99L)))
                .isInstanceOfSatisfying(PoolExhaustedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("review.draw.poolTooSmall");
                    assertThat(e.messageArgs()).containsExactly("42", 4L, 5);
                });
    }

    @Test
    void exhaustedPoolEndsTheRedrawsWithAMessageKey() {
        List<Long> pool = List.of(1L, 2L, 3L);
        Panel panel = ExpertDraw.draw(SEED, ENTRY, pool, 2, Set.of());
        Panel afterOne = ExpertDraw.redraw(SEED, panel, panel.experts().get(0)).panel();

        assertThatThrownBy(() -> ExpertDraw.redraw(SEED, afterOne, afterOne.experts().get(0)))
                .isInstanceOfSatisfying(PoolExhaustedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("review.draw.noReplacement");
                    assertThat(e.messageArgs()).containsExactly("42", String.valueOf(afterOne.experts().get(0)));
                });
    }

    @Test
    void redrawRefusesAForeignSeedOrAnExpertNotOnThePanel() {
        Panel panel = ExpertDraw.draw(SEED, ENTRY, POOL, 5, Set.of());
        long outsider = POOL.stream().filter(id -> !panel.experts().contains(id)).findFirst().orElseThrow();

        assertThatThrownBy(() -> ExpertDraw.redraw(SEED + 1, panel, panel.experts().get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed");
        assertThatThrownBy(() -> ExpertDraw.redraw(SEED, panel, outsider))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on the panel");
    }

    /** The algorithm of ExpertDraw's class comment, written out independently. */
    private static List<Long> referenceDraw(long seed, List<Long> pool, int panelSize) {
        long[] order = pool.stream().sorted().distinct().mapToLong(Long::longValue).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> drawn = new ArrayList<>();
        for (int k = 0; k < panelSize; k++) {
            int n = order.length - k;
            long r;
            long m;
            do {
                r = random.nextLong() >>> 1;
                m = r % n;
            } while (r - m + (n - 1) < 0);
            int pick = k + (int) m;
            long chosen = order[pick];
            order[pick] = order[k];
            order[k] = chosen;
            drawn.add(chosen);
        }
        return drawn;
    }
}
