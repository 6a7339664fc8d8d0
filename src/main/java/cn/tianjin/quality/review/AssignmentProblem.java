package cn.tianjin.quality.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@link AssignmentSolver} needs to seat review panels: the entries, the experts, the panel
 * size, conflicts of interest, pairs an official has already fixed by hand, and the cost weights.
 *
 * <p>The cost of a complete assignment, which the solver minimises, is
 * <pre>
 *   sum over experts:  loadWeight * (1 + 2 + ... + load)        the k-th entry of an expert costs k * loadWeight
 * - sum over pairs:    industryBonus   if the expert's industries contain the entry's industry
 *                    + categoryBonus * number of the entry's rubric categories the expert covers
 * </pre>
 * Fixed pairs count like any other pair: they take a seat on the entry's panel, a unit of the expert's
 * load (the first units, so the solver's additions cost more) and their bonus. The cost can be negative.
 *
 * <p>Weights are decimals but the min-cost flow works in integers, so every weight is rounded to
 * {@value #COST_DECIMALS} decimals and costs are carried as {@code long} multiples of 10^-{@value #COST_DECIMALS}
 * ("scaled" costs).
 *
 * @param entries    the entries to review, ids unique
 * @param experts    the experts who may sit on panels, ids unique
 * @param panelSize  experts per entry, at least 1
 * @param conflicts  (entry, expert) pairs that must never be assigned; pairs naming ids outside this problem
 *                   are ignored, so a global conflict register can be passed as it is
 * @param fixed      (entry, expert) pairs already assigned by hand, kept as they are
 * @param weights    the cost weights
 */
public record AssignmentProblem(
        List<Entry> entries, List<Expert> experts, int panelSize, Set<Pair> conflicts, Set<Pair> fixed, Weights weights) {

    /** Panel size used by the award rules unless a programme says otherwise. */
    public static final int DEFAULT_PANEL_SIZE = 5;

    /** Decimals kept from each weight. */
    public static final int COST_DECIMALS = 3;

    /** Factor from a weight to its scaled integer. */
    public static final long COST_SCALE = 1_000;

    /**
     * An entry to review.
     *
     * @param id          the entry's id
     * @param industry    the applicant's industry code (for example a GB/T 4754 section letter)
     * @param categories  rubric category codes the entry needs expertise in; may be empty
     */
    public record Entry(long id, String industry, Set<String> categories) {
        public Entry {
            requireText(industry, "industry of entry " + id);
            categories = Set.copyOf(categories);
        }
    }

    /**
     * An expert in the pool.
     *
     * @param id          the expert's id
     * @param maxLoad     most entries this expert may review in the round, fixed pairs included
     * @param industries  industry codes of the expert's expertise
     * @param categories  rubric category codes of the expert's expertise
     */
    public record Expert(long id, int maxLoad, Set<String> industries, Set<String> categories) {
        public Expert {
            if (maxLoad < 0) {
                throw new IllegalArgumentException("Max load of expert " + id + " is negative: " + maxLoad);
            }
            industries = Set.copyOf(industries);
            categories = Set.copyOf(categories);
        }
    }

    /** One expert on one entry's panel; also the shape of a conflict of interest. */
    public record Pair(long entryId, long expertId) {
    }

    /**
     * Cost weights, each between 0 and {@value #MAX_WEIGHT}.
     *
     * @param loadWeight     cost of the k-th entry of an expert is k times this; makes spreading work cheaper than piling it
     * @param industryBonus  cost taken off when the expert knows the entry's industry
     * @param categoryBonus  cost taken off for each of the entry's rubric categories the expert knows
     */
    public record Weights(double loadWeight, double industryBonus, double categoryBonus) {

        /** Upper bound that keeps every scaled total far inside a {@code long}. */
        public static final double MAX_WEIGHT = 1_000_000;

        /**
         * The default: the k-th entry costs 2k, as measured in STACK.md. A matching industry is worth as much as
         * the tenth unit of load, so an expert from the right industry is preferred until he carries about
         * ten more entries than a generalist would; a category is worth a quarter of that.
         */
        public static final Weights DEFAULT = new Weights(2, 20, 5);

        public Weights {
            check(loadWeight, "loadWeight");
            check(industryBonus, "industryBonus");
            check(categoryBonus, "categoryBonus");
        }

        private static void check(double weight, String name) {
            if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
                throw new IllegalArgumentException(name + " must be between 0 and " + MAX_WEIGHT + ": " + weight);
            }
        }

        long scaledLoadWeight() {
            return scale(loadWeight);
        }

        long scaledIndustryBonus() {
            return scale(industryBonus);
        }

        long scaledCategoryBonus() {
            return scale(categoryBonus);
        }

        private static long scale(double weight) {
            return Math.round(weight * COST_SCALE);
        }
    }

    public AssignmentProblem {
        entries = List.copyOf(entries);
        experts = List.copyOf(experts);
        conflicts = Set.copyOf(conflicts);
        fixed = Set.copyOf(fixed);
        Objects.requireNonNull(weights, "weights");
        if (panelSize < 1) {
            throw new IllegalArgumentException("Panel size must be at least 1: " + panelSize);
        }
        Map<Long, Entry> entryById = new HashMap<>();
        for (Entry e : entries) {
            if (entryById.put(e.id(), e) != null) {
                throw new IllegalArgumentException("Entry " + e.id() + " is listed twice");
            }
        }
        Map<Long, Expert> expertById = new HashMap<>();
        for (Expert x : experts) {
            if (expertById.put(x.id(), x) != null) {
                throw new IllegalArgumentException("Expert " + x.id() + " is listed twice");
            }
        }
        // Hand assignments that break a rule are refused here rather than reported as infeasible: the
        // official who fixed them must undo them, no choice of the solver can repair them.
        Map<Long, Integer> seatsTaken = new HashMap<>();
        Map<Long, Integer> loadTaken = new HashMap<>();
        for (Pair p : fixed) {
            if (!entryById.containsKey(p.entryId()) || !expertById.containsKey(p.expertId())) {
                throw new IllegalArgumentException("Fixed pair " + p + " names an unknown entry or expert");
            }
            if (conflicts.contains(p)) {
                throw new IllegalArgumentException("Fixed pair " + p + " is a conflict of interest");
            }
            if (seatsTaken.merge(p.entryId(), 1, Integer::sum) > panelSize) {
                throw new IllegalArgumentException(
                        "Entry " + p.entryId() + " has more fixed experts than the panel size " + panelSize);
            }
            if (loadTaken.merge(p.expertId(), 1, Integer::sum) > expertById.get(p.expertId()).maxLoad()) {
                throw new IllegalArgumentException("Expert " + p.expertId() + " has more fixed entries than his max load "
                        + expertById.get(p.expertId()).maxLoad());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of panel seats still to fill: all seats minus the fixed pairs. */
    public int openSeats() {
        return entries.size() * panelSize - fixed.size();
    }

    /** The scaled cost of one pair without its load share: minus the expertise bonuses. */
    public long scaledPairCost(Entry entry, Expert expert) {
        return -scaledBonus(entry, expert);
    }

    long scaledBonus(Entry entry, Expert expert) {
        long bonus = expert.industries().contains(entry.industry()) ? weights.scaledIndustryBonus() : 0;
        long categoryBonus = weights.scaledCategoryBonus();
        if (categoryBonus != 0) {
            for (String category : entry.categories()) {
                if (expert.categories().contains(category)) {
                    bonus += categoryBonus;
                }
            }
        }
        return bonus;
    }

    /**
     * The scaled cost of a set of pairs under this problem's weights, by the formula in the class comment.
     * Pairs must name entries and experts of this problem.
     */
    public long scaledCostOf(Collection<Pair> pairs) {
        Map<Long, Entry> entryById = new HashMap<>();
        entries.forEach(e -> entryById.put(e.id(), e));
        Map<Long, Expert> expertById = new HashMap<>();
        experts.forEach(x -> expertById.put(x.id(), x));
        Map<Long, Integer> load = new HashMap<>();
        long cost = 0;
        for (Pair p : pairs) {
            Entry entry = entryById.get(p.entryId());
            Expert expert = expertById.get(p.expertId());
            if (entry == null || expert == null) {
                throw new IllegalArgumentException("Pair " + p + " names an unknown entry or expert");
            }
            cost += scaledPairCost(entry, expert);
            load.merge(p.expertId(), 1, Integer::sum);
        }
        long loadWeight = weights.scaledLoadWeight();
        for (int l : load.values()) {
            cost += loadWeight * l * (l + 1L) / 2;
        }
        return cost;
    }

    /** A scaled cost as the decimal it stands for. */
    public static BigDecimal unscale(long scaledCost) {
        return BigDecimal.valueOf(scaledCost, COST_DECIMALS);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + what);
        }
    }

    /** Collects a problem piece by piece; {@link #build()} validates it. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();
        private final List<Expert> experts = new ArrayList<>();
        private final Set<Pair> conflicts = new HashSet<>();
        private final Set<Pair> fixed = new LinkedHashSet<>();
        private int panelSize = DEFAULT_PANEL_SIZE;
        private Weights weights = Weights.DEFAULT;

        private Builder() {
        }

        public Builder panelSize(int panelSize) {
            this.panelSize = panelSize;
            return this;
        }

        public Builder weights(Weights weights) {
            this.weights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        public Builder entry(long id, String industry, String... categories) {
            return entry(new Entry(id, industry, Set.copyOf(Arrays.asList(categories))));
        }

        public Builder entry(Entry entry) {
            entries.add(entry);
            return this;
        }

        public Builder expert(long id, int maxLoad, Set<String> industries, Set<String> categories) {
            return expert(new Expert(id, maxLoad, industries, categories));
        }

        public Builder expert(Expert expert) {
            experts.add(expert);
            return this;
        }

        public Builder conflict(long entryId, long expertId) {
            conflicts.add(new Pair(entryId, expertId));
            return this;
        }

        public Builder conflicts(Collection<Pair> pairs) {
            conflicts.addAll(pairs);
            return this;
        }

        public Builder fixed(long entryId, long expertId) {
            fixed.add(new Pair(entryId, expertId));
            return this;
        }

        public AssignmentProblem build() {
            return new AssignmentProblem(entries, experts, panelSize, conflicts, fixed, weights);
        }
    }
}
