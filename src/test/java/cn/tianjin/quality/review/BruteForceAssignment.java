package cn.tianjin.quality.review;

import cn.tianjin.quality.review.AssignmentProblem.Entry;
import cn.tianjin.quality.review.AssignmentProblem.Expert;
import cn.tianjin.quality.review.AssignmentProblem.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reference for {@link AssignmentSolver} on tiny instances: tries every way of filling every panel, partial
 * ones included. Costs are computed here from the formula in {@link AssignmentProblem}'s comment, not by
 * calling into it, so a mistake there cannot hide in both.
 */
final class BruteForceAssignment {

    /**
     * @param optimalCost            the least scaled cost of a complete assignment; empty if there is none
     * @param mostSeats              the most open seats any assignment fills
     * @param entriesShortSomewhere  entries left short by at least one assignment that fills {@code mostSeats}
     */
    record Result(OptionalLong optimalCost, int mostSeats, Set<Long> entriesShortSomewhere) {
    }

    private final AssignmentProblem problem;
    private final List<Entry> entries;
    private final List<Expert> experts;
    private final int[] need;
    private final int[] load;
    private final int[] filled;
    private final long loadWeight;
    private final long industryBonus;
    private final long categoryBonus;

    private long best = Long.MAX_VALUE;
    private int mostSeats = -1;
    private final Set<Long> shortAtMost = new HashSet<>();

    private BruteForceAssignment(AssignmentProblem problem) {
        this.problem = problem;
        this.entries = problem.entries();
        this.experts = problem.experts();
        need = new int[entries.size()];
        load = new int[experts.size()];
        filled = new int[entries.size()];
        loadWeight = Math.round(problem.weights().loadWeight() * 1000);
        industryBonus = Math.round(problem.weights().industryBonus() * 1000);
        categoryBonus = Math.round(problem.weights().categoryBonus() * 1000);
    }

    static Result solve(AssignmentProblem problem) {
        BruteForceAssignment search = new BruteForceAssignment(problem);
        long cost = 0;
        for (int i = 0; i < search.entries.size(); i++) {
            search.need[i] = problem.panelSize();
        }
        for (Pair p : problem.fixed()) {
            int i = search.entryIndex(p.entryId());
            int j = search.expertIndex(p.expertId());
            search.need[i]--;
            cost += search.seatCost(i, j);
        }
        search.fillEntry(0, cost, 0);
        OptionalLong optimum = search.best == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(search.best);
        return new Result(optimum, search.mostSeats, Set.copyOf(search.shortAtMost));
    }

    /** Scaled cost of a set of pairs, by the documented formula. */
    static long referenceCost(AssignmentProblem problem, List<Pair> pairs) {
        BruteForceAssignment calc = new BruteForceAssignment(problem);
        long cost = 0;
        for (Pair p : pairs) {
            cost += calc.seatCost(calc.entryIndex(p.entryId()), calc.expertIndex(p.expertId()));
        }
        return cost;
    }

    /** Adds one seat of expert j to entry i: the expert's next unit of load minus the pair's bonuses. */
    private long seatCost(int i, int j) {
        load[j]++;
        long cost = load[j] * loadWeight;
        Entry entry = entries.get(i);
        Expert expert = experts.get(j);
        if (expert.industries().contains(entry.industry())) {
            cost -= industryBonus;
        }
        for (String category : entry.categories()) {
            if (expert.categories().contains(category)) {
                cost -= categoryBonus;
            }
        }
        return cost;
    }

    private void fillEntry(int i, long cost, int seats) {
        if (i == entries.size()) {
            record(cost, seats);
            return;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < experts.size(); j++) {
            Pair pair = new Pair(entries.get(i).id(), experts.get(j).id());
            if (!problem.conflicts().contains(pair) && !problem.fixed().contains(pair)) {
                candidates.add(j);
            }
        }
        choose(i, candidates, 0, 0, cost, seats);
    }

    /** Every subset of the candidates from position {@code from} on, of at most the entry's open seats. */
    private void choose(int i, List<Integer> candidates, int from, int taken, long cost, int seats) {
        filled[i] = taken;
        fillEntry(i + 1, cost, seats);
        if (taken == need[i]) {
            return;
        }
        for (int c = from; c < candidates.size(); c++) {
            int j = candidates.get(c);
            if (load[j] == experts.get(j).maxLoad()) {
                continue;
            }
            long added = seatCost(i, j);
            choose(i, candidates, c + 1, taken + 1, cost + added, seats + 1);
            load[j]--;
        }
        filled[i] = taken;
    }

    private void record(long cost, int seats) {
        if (seats > mostSeats) {
            mostSeats = seats;
            shortAtMost.clear();
        }
        if (seats == mostSeats) {
            for (int i = 0; i < entries.size(); i++) {
                if (filled[i] < need[i]) {
                    shortAtMost.add(entries.get(i).id());
                }
            }
        }
        boolean complete = true;
        for (int i = 0; i < entries.size(); i++) {
            complete &= filled[i] == need[i];
        }
        if (complete) {
            best = Math.min(best, cost);
        }
    }

    private int entryIndex(long id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("No entry " + id);
    }

    private int expertIndex(long id) {
        for (int j = 0; j < experts.size(); j++) {
            if (experts.get(j).id() == id) {
                return j;
            }
        }
        throw new IllegalArgumentException("No expert " + id);
    }
}
