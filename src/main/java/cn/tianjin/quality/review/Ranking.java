package cn.tianjin.quality.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The order in which entries are ranked after review.
 *
 * <p><b>Rule.</b> Entries are ranked by the chosen score (for example the trimmed mean of the
 * materials review), highest first. When two entries have the same score, the tie is broken by
 * the following questions, asked in this order until one of them separates the two:
 * <ol>
 *   <li>the higher score in the results category (4.7 Results in GB/T 19580, configurable);</li>
 *   <li>the higher score in the leadership category (4.1 Leadership, configurable);</li>
 *   <li>the earlier submission of the application;</li>
 *   <li>the lower entry number, which the portal gives in order of creation.</li>
 * </ol>
 * Scores are compared by value (790.0 and 790.00 are the same score). Since
 * no two entries share an entry number the order is total: every entry receives its own rank, from
 * 1 upwards, and the same entries always come out in the same order, whatever order they were
 * read in. Each place records which question separated it from the entry just above, so a close
 * result can be explained.
 *
 * <p>The ranking orders entries; it does not decide awards. Quotas are ceilings and the committee
 * may leave places empty.
 */
public final class Ranking {

    public static final String DEFAULT_RESULTS_CATEGORY = "4.7";

    public static final String DEFAULT_LEADERSHIP_CATEGORY = "4.1";

    /** The rule above, as a comparator: the entry to rank first compares lowest. */
    public static final Comparator<RankedEntry> ORDER = Comparator
            .comparing(RankedEntry::score, Comparator.reverseOrder())
            .thenComparing(RankedEntry::resultsScore, Comparator.reverseOrder())
            .thenComparing(RankedEntry::leadershipScore, Comparator.reverseOrder())
            .thenComparing(RankedEntry::submittedAt)
            .thenComparingLong(RankedEntry::entryId);

    private final String resultsCategory;

    private final String leadershipCategory;

    /**
     * @param resultsCategory    rubric category code whose score is the first tie-break
     * @param leadershipCategory rubric category code whose score is the second tie-break
     */
    public Ranking(String resultsCategory, String leadershipCategory) {
        this.resultsCategory = Objects.requireNonNull(resultsCategory, "resultsCategory");
        this.leadershipCategory = Objects.requireNonNull(leadershipCategory, "leadershipCategory");
    }

    /** Breaks ties on categories 4.7 and 4.1 of GB/T 19580. */
    public static Ranking standard() {
        return new Ranking(DEFAULT_RESULTS_CATEGORY, DEFAULT_LEADERSHIP_CATEGORY);
    }

    public String resultsCategory() {
        return resultsCategory;
    }

    public String leadershipCategory() {
        return leadershipCategory;
    }

    /**
     * An entry to be ranked.
     *
     * @param score           the score ranked on, whichever aggregate the campaign uses
     * @param resultsScore    the entry's score in the results category, aggregated the same way
     * @param leadershipScore the entry's score in the leadership category, aggregated the same way
     * @param submittedAt     when the application was submitted
     */
    public record RankedEntry(long entryId, BigDecimal score, BigDecimal resultsScore, BigDecimal leadershipScore,
            Instant submittedAt) implements Serializable {

        public RankedEntry {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(resultsScore, "resultsScore");
            Objects.requireNonNull(leadershipScore, "leadershipScore");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    /** The question of the rule that separated an entry from the one ranked just above it. */
    public enum Criterion {
        SCORE,
        RESULTS_SCORE,
        LEADERSHIP_SCORE,
        SUBMITTED_AT,
        ENTRY_ID
    }

    /**
     * A ranked entry.
     *
     * @param rank        1 for the first entry, then 2, 3, ... with no shared ranks
     * @param separatedBy why this entry is below the one ranked just above; {@code null} for rank 1
     */
    public record Place(int rank, RankedEntry entry, Criterion separatedBy) implements Serializable {
    }

    /**
     * Builds an entry from its per-category scores, picking the two tie-break categories this
     * ranking is configured with.
     *
     * @throws IllegalArgumentException if a tie-break category has no score, which means the
     *                                  rubric and the ranking configuration do not match
     */
    public RankedEntry entry(long entryId, BigDecimal score, Map<String, BigDecimal> categoryScores, Instant submittedAt) {
        return new RankedEntry(entryId, score, category(categoryScores, resultsCategory, entryId),
                category(categoryScores, leadershipCategory, entryId), submittedAt);
    }

    /**
     * Ranks the entries by the rule in the class description.
     *
     * @throws IllegalArgumentException if two entries have the same id
     */
    public List<Place> rank(Collection<RankedEntry> entries) {
        Set<Long> ids = new HashSet<>();
        for (RankedEntry entry : entries) {
            if (!ids.add(entry.entryId())) {
                throw new IllegalArgumentException("Entry " + entry.entryId() + " appears twice in the ranking");
            }
        }
        List<RankedEntry> ordered = new ArrayList<>(entries);
        ordered.sort(ORDER);

        List<Place> places = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Criterion separatedBy = i == 0 ? null : separating(ordered.get(i - 1), ordered.get(i));
            places.add(new Place(i + 1, ordered.get(i), separatedBy));
        }
        return List.copyOf(places);
    }

    /** Must ask the same questions in the same order as {@link #ORDER}. */
    static Criterion separating(RankedEntry above, RankedEntry below) {
        if (above.score().compareTo(below.score()) != 0) {
            return Criterion.SCORE;
        }
        if (above.resultsScore().compareTo(below.resultsScore()) != 0) {
            return Criterion.RESULTS_SCORE;
        }
        if (above.leadershipScore().compareTo(below.leadershipScore()) != 0) {
            return Criterion.LEADERSHIP_SCORE;
        }
        if (!above.submittedAt().equals(below.submittedAt())) {
            return Criterion.SUBMITTED_AT;
        }
        return Criterion.ENTRY_ID;
    }

    private static BigDecimal category(Map<String, BigDecimal> categoryScores, String code, long entryId) {
        BigDecimal score = categoryScores.get(code);
        if (score == null) {
            throw new IllegalArgumentException("Entry " + entryId + " has no score for tie-break category " + code);
        }
        return score;
    }
}
