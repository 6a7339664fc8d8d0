package cn.tianjin.quality.review;

import cn.tianjin.quality.review.AssignmentProblem.Pair;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A complete assignment: every entry has a full panel, fixed pairs included.
 *
 * @param pairs       every (entry, expert) pair, ordered by the problem's entry order, then by expert id
 * @param scaledCost  the cost as defined in {@link AssignmentProblem}, in units of 10^-{@value AssignmentProblem#COST_DECIMALS}
 */
public record Assignment(List<Pair> pairs, long scaledCost) implements AssignmentSolver.Outcome {

    public Assignment {
        pairs = List.copyOf(pairs);
    }

    /** The cost as a decimal, for display. */
    public BigDecimal totalCost() {
        return AssignmentProblem.unscale(scaledCost);
    }

    /** Expert ids on one entry's panel, ascending. */
    public List<Long> panel(long entryId) {
        return pairs.stream().filter(p -> p.entryId() == entryId).map(Pair::expertId).toList();
    }

    /** Number of entries one expert reviews. */
    public int load(long expertId) {
        return (int) pairs.stream().filter(p -> p.expertId() == expertId).count();
    }

    @Override
    public Optional<Assignment> assignment() {
        return Optional.of(this);
    }

    @Override
    public Optional<AssignmentSolver.Unfilled> unfilled() {
        return Optional.empty();
    }
}
