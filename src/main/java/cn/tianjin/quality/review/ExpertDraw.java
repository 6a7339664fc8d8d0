package cn.tianjin.quality.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The random draw of an entry's panel from the expert pool (专家抽取), reproducible from its seed so that anyone
 * holding the published seed and pool can check it.
 *
 * <p>The algorithm is fixed here, independent of JDK internals, because a draw must still check out years later:
 * <ol>
 * <li>The pool is the eligible expert ids without duplicates, ascending.</li>
 * <li>Each entry has its own generator, so that the panels of one round differ: SplitMix64 started at
 * {@code seed + entryId x 0x9E3779B97F4A7C15} (wrapping at 64 bits). Each step adds 0x9E3779B97F4A7C15 to the state and returns
 * {@code z ^ (z >>> 31)} where {@code z = (s ^ (s >>> 30)) * 0xBF58476D1CE4E5B9},
 * {@code z = (z ^ (z >>> 27)) * 0x94D049BB133111EB} (the same numbers as
 * {@code new java.util.SplittableRandom(entrySeed(seed, entryId)).nextLong()}).</li>
 * <li>A uniform index below n takes {@code r = next >>> 1}, rejects it while {@code r - r % n + (n - 1)} overflows
 * a signed 64-bit integer, and returns {@code r % n}.</li>
 * <li>Draw number k (from 1) takes a uniform index u below n - k + 1 among the experts not yet drawn, in the
 * order left by earlier draws, and swaps position k - 1 with position k - 1 + u (Fisher-Yates from the front).
 * The expert now at position k - 1 is the k-th drawn.</li>
 * <li>An expert in conflict with the entry is skipped when drawn. The first {@code panelSize} experts not
 * skipped form the panel; a redraw after a recusal takes the next expert not skipped.</li>
 * </ol>
 * The draw order depends on the seed, the entry and the pool only, so declaring a conflict for an expert does not change
 * who else is drawn.
 */
public final class ExpertDraw {

    private ExpertDraw() {
    }

    /**
     * A drawn panel and what is needed to continue its draw.
     *
     * @param seed          the seed of the draw
     * @param entryId       the entry the panel reviews
     * @param pool          the pool drawn from, ascending
     * @param conflicted    experts skipped for a conflict of interest
     * @param experts       the seated experts; a replacement takes the seat of the expert he replaces
     * @param draws         how many draws have been made, skipped ones included
     * @param replacements  every recusal so far, oldest first
     */
    public record Panel(long seed, long entryId, List<Long> pool, Set<Long> conflicted, List<Long> experts, int draws,
            List<Replacement> replacements) {

        public Panel {
            pool = List.copyOf(pool);
            conflicted = Set.copyOf(conflicted);
            experts = List.copyOf(experts);
            replacements = List.copyOf(replacements);
        }
    }

    /**
     * One recusal and its replacement.
     *
     * @param recusedExpert      the expert who stepped down
     * @param replacementExpert  the expert who took his seat
     * @param drawNumber         the replacement's position in the draw sequence, from 1
     */
    public record Replacement(long recusedExpert, long replacementExpert, int drawNumber) {
    }

    /** The result of {@link #redraw}: the new panel and who replaced whom. */
    public record Redraw(Panel panel, Replacement replacement) {
    }

    /** The pool cannot supply the experts asked for; the remedy is a larger pool. */
    public static final class PoolExhaustedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String messageKey;
        private final Serializable[] messageArgs;

        PoolExhaustedException(String messageKey, String detail, Serializable... messageArgs) {
            super(detail);
            this.messageKey = messageKey;
            this.messageArgs = messageArgs.clone();
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] messageArgs() {
            return messageArgs.clone();
        }
    }

    /**
     * Draws a panel for one entry.
     *
     * @param seed               the seed, to be logged with the draw
     * @param entryId            the entry
     * @param eligibleExperts    experts eligible for this entry, in any order (sorted here)
     * @param panelSize          experts to draw
     * @param conflictedExperts  experts in conflict with this entry; may include experts outside the pool
     * @throws PoolExhaustedException with key {@code review.draw.poolTooSmall}, arguments {0} entry id, {1} experts
     *                                available, {2} panel size, if the pool without conflicts is too small
     */
    public static Panel draw(
            long seed, long entryId, Collection<Long> eligibleExperts, int panelSize, Set<Long> conflictedExperts) {
        if (panelSize < 1) {
            throw new IllegalArgumentException("Panel size must be at least 1: " + panelSize);
        }
        List<Long> pool = new ArrayList<>(new TreeSet<>(eligibleExperts));
        Set<Long> conflicted = Set.copyOf(conflictedExperts);
        long available = pool.stream().filter(id -> !conflicted.contains(id)).count();
        if (available < panelSize) {
            throw new PoolExhaustedException("review.draw.poolTooSmall",
                    "Entry " + entryId + ": " + available + " experts available, " + panelSize + " needed",
                    String.valueOf(entryId), available, panelSize);
        }
        Sequence sequence = new Sequence(entrySeed(seed, entryId), pool);
        List<Long> seated = new ArrayList<>();
        while (seated.size() < panelSize) {
            long expert = sequence.next();
            if (!conflicted.contains(expert)) {
                seated.add(expert);
            }
        }
        return new Panel(seed, entryId, pool, conflicted, seated, sequence.draws(), List.of());
    }

    /**
     * Replaces a recused expert by the next expert of the same draw sequence who is neither in conflict nor
     * already seated. The recused expert is not drawn again: every expert appears once in the sequence.
     *
     * @param seed           the seed of the original draw; must match {@code previousPanel}, to catch a mix-up
     *                       before it reaches the log
     * @param previousPanel  the panel as it stands
     * @param recusedExpert  a seated expert who steps down
     * @throws PoolExhaustedException with key {@code review.draw.noReplacement}, arguments {0} entry id, {1}
     *                                recused expert id, if the sequence has no one left
     */
    public static Redraw redraw(long seed, Panel previousPanel, long recusedExpert) {
        if (seed != previousPanel.seed()) {
            throw new IllegalArgumentException(
                    "Seed " + seed + " is not the seed " + previousPanel.seed() + " the panel was drawn with");
        }
        int seat = previousPanel.experts().indexOf(recusedExpert);
        if (seat < 0) {
            throw new IllegalArgumentException("Expert " + recusedExpert + " is not on the panel of entry "
                    + previousPanel.entryId() + ": " + previousPanel.experts());
        }
        Sequence sequence = new Sequence(entrySeed(seed, previousPanel.entryId()), previousPanel.pool());
        sequence.skip(previousPanel.draws());
        while (sequence.hasNext()) {
            long candidate = sequence.next();
            if (previousPanel.conflicted().contains(candidate) || previousPanel.experts().contains(candidate)) {
                continue;
            }
            List<Long> seated = new ArrayList<>(previousPanel.experts());
            seated.set(seat, candidate);
            Replacement replacement = new Replacement(recusedExpert, candidate, sequence.draws());
            List<Replacement> log = new ArrayList<>(previousPanel.replacements());
            log.add(replacement);
            Panel panel = new Panel(seed, previousPanel.entryId(), previousPanel.pool(), previousPanel.conflicted(),
                    seated, sequence.draws(), log);
            return new Redraw(panel, replacement);
        }
        throw new PoolExhaustedException("review.draw.noReplacement",
                "Entry " + previousPanel.entryId() + ": no expert left to replace " + recusedExpert,
                String.valueOf(previousPanel.entryId()), String.valueOf(recusedExpert));
    }

    /** The starting state of an entry's generator (step 2 of the class comment). */
    public static long entrySeed(long seed, long entryId) {
        return seed + entryId * 0x9E3779B97F4A7C15L;
    }

    /** The draw order of a pool under a seed, produced one draw at a time (steps 2-4 of the class comment). */
    private static final class Sequence {
        private final long[] order;
        private final SplitMix64 random;
        private int drawn;

        Sequence(long seed, List<Long> pool) {
            order = pool.stream().mapToLong(Long::longValue).toArray();
            random = new SplitMix64(seed);
        }

        boolean hasNext() {
            return drawn < order.length;
        }

        long next() {
            int pick = drawn + random.nextIndex(order.length - drawn);
            long chosen = order[pick];
            order[pick] = order[drawn];
            order[drawn] = chosen;
            drawn++;
            return chosen;
        }

        void skip(int draws) {
            for (int i = 0; i < draws; i++) {
                next();
            }
        }

        int draws() {
            return drawn;
        }
    }

    /** SplitMix64 (Steele, Lea and Flood 2014), written out so the draw does not depend on a JDK's internals. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            state = seed;
        }

        long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, bound) without modulo bias, by rejection (step 3 of the class comment). */
        int nextIndex(int bound) {
            if (bound < 1) {
                throw new IllegalArgumentException("bound must be positive: " + bound);
            }
            while (true) {
                long r = nextLong() >>> 1;
                long m = r % bound;
                if (r - m + (bound - 1) >= 0) {
                    return (int) m;
                }
            }
        }
    }
}
