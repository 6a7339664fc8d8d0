package cn.tianjin.quality.assessment;

import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricItem;
import cn.tianjin.quality.review.ScoreMath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a self-assessment adds up to: per category the score in points and the share of the category's points it
 * reached, and how those shares compare with a reference profile.
 *
 * <p>Item scores are the review engine's ({@link ScoreMath#itemScore}), so a self-assessment adds up exactly like an
 * expert's score sheet. A category's score is the sum of its rounded item scores; its percentage is that score over
 * the category's points, to one decimal. An item not scored yet counts as nothing, so a draft's figures are what it
 * has reached so far and {@link Results#scoredItems()} says how much of it is scored.
 */
public final class AssessmentResults {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AssessmentResults() {
    }

    /** One category: its score in points and that score as a percentage of the category's points. */
    public record CategoryResult(RubricCategory category, BigDecimal score, BigDecimal percent) {
        public String code() {
            return category.code();
        }
    }

    /** The whole assessment: categories in rubric order, the total, and how many of the items have a percentage. */
    public record Results(List<CategoryResult> categories, BigDecimal total, int totalPoints, BigDecimal totalPercent,
                          int scoredItems, int items) {
        public Results {
            categories = List.copyOf(categories);
        }

        public boolean complete() {
            return scoredItems == items;
        }
    }

    /** A category beside the reference: both percentages and the difference in percentage points (own minus reference). */
    public record CategoryDifference(CategoryResult own, BigDecimal reference, BigDecimal difference) {
        public String code() {
            return own.code();
        }
    }

    /**
     * The comparison with a reference profile. {@code strongest} and {@code weakest} are the categories furthest above
     * and furthest below the reference (several when tied); both are empty when every category is the same distance
     * from it, because then no category stands out.
     */
    public record Comparison(List<CategoryDifference> differences, List<String> strongest, List<String> weakest) {
        public Comparison {
            differences = List.copyOf(differences);
            strongest = List.copyOf(strongest);
            weakest = List.copyOf(weakest);
        }
    }

    /**
     * Scores the rubric with the given item percentages (item code to percentage; missing or null means not scored).
     *
     * @throws IllegalArgumentException for a percentage that {@link ScoreMath#percentProblem} refuses: the service
     *                                  checks input before it is stored, so such a value here is a bug
     */
    public static Results of(RubricDefinition rubric, Map<String, Integer> percents) {
        List<CategoryResult> categories = new ArrayList<>();
        List<BigDecimal> allScores = new ArrayList<>();
        int scored = 0;
        for (RubricCategory category : rubric.categories()) {
            List<BigDecimal> scores = new ArrayList<>();
            for (RubricItem item : category.items()) {
                Integer percent = percents.get(item.code());
                if (percent != null) {
                    scores.add(ScoreMath.itemScore(item.points(), percent));
                    scored++;
                }
            }
            BigDecimal score = ScoreMath.total(scores);
            allScores.addAll(scores);
            categories.add(new CategoryResult(category, score, percentOf(score, category.points())));
        }
        BigDecimal total = ScoreMath.total(allScores);
        return new Results(categories, total, rubric.totalPoints(), percentOf(total, rubric.totalPoints()), scored,
                rubric.items().size());
    }

    /**
     * Compares each category's percentage with the reference profile's (category code to percentage). Categories the
     * profile says nothing about are left out rather than compared with zero.
     */
    public static Comparison compare(Results results, Map<String, BigDecimal> reference) {
        List<CategoryDifference> differences = new ArrayList<>();
        for (CategoryResult c : results.categories()) {
            BigDecimal ref = reference.get(c.code());
            if (ref != null) {
                differences.add(new CategoryDifference(c, ref, ScoreMath.round(c.percent().subtract(ref))));
            }
        }
        return new Comparison(differences, extreme(differences, Comparator.reverseOrder()),
                extreme(differences, Comparator.naturalOrder()));
    }

    /** A score as a percentage of the points it is out of, to one decimal; 0 when there are no points at all. */
    static BigDecimal percentOf(BigDecimal score, int points) {
        if (points <= 0) {
            return ScoreMath.round(BigDecimal.ZERO);
        }
        return score.multiply(HUNDRED).divide(BigDecimal.valueOf(points), ScoreMath.SCALE, ScoreMath.ROUNDING);
    }

    /** The codes of the categories whose difference comes first in {@code order}; none when all differences are equal. */
    private static List<String> extreme(List<CategoryDifference> differences, Comparator<BigDecimal> order) {
        BigDecimal best = differences.stream().map(CategoryDifference::difference).min(order).orElse(null);
        BigDecimal worst = differences.stream().map(CategoryDifference::difference).max(order).orElse(null);
        if (best == null || best.compareTo(worst) == 0) {
            return List.of();
        }
        return differences.stream().filter(d -> d.difference().compareTo(best) == 0).map(CategoryDifference::code).toList();
    }
}
