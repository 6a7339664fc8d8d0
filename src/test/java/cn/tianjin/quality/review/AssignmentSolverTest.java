package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.review.AssignmentProblem.Pair;
import cn.tianjin.quality.review.AssignmentProblem.Weights;
import cn.tianjin.quality.review.AssignmentSolver.Outcome;
import cn.tianjin.quality.review.AssignmentSolver.Reason;
import cn.tianjin.quality.review.AssignmentSolver.Shortfall;
import cn.tianjin.quality.review.AssignmentSolver.Unfilled;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentSolverTest {

    private static final Set<String> NONE = Set.of();

    private final AssignmentSolver solver = new AssignmentSolver();

    @Test
    void nativeLibrariesLoad() {
        assertThat(AssignmentSolver.nativeProblem()).isEmpty();
    }

    @Test
    void prefersExpertsOfTheEntrysIndustryAndCategories() {
        AssignmentProblem problem = AssignmentProblem.builder()
                .panelSize(2)
                .entry(1, "C", "process")
                .expert(10, 5, Set.of("C"), NONE)
                .expert(11, 5, Set.of("E"), Set.of("process"))
                .expert(12, 5, Set.of("C"), Set.of("process"))
                .expert(13, 5, NONE, NONE)
                .build();

        Assignment assignment = assign(problem);

        assertThat(assignment.panel(1)).containsExactly(10L, 12L);
        // loads 1 and 1 cost 2 + 2; expert 10 earns 20, expert 12 earns 20 + 5
        assertThat(assignment.totalCost()).isEqualByComparingTo("-41");
    }

    @Test
    void spreadsWorkEvenlyWhenExpertiseIsEqual() {
        AssignmentProblem.Builder builder = AssignmentProblem.builder().panelSize(2);
        for (long entry = 1; entry <= 4; entry++) {
            builder.entry(entry, "C");
        }
        for (long expert = 10; expert <= 13; expert++) {
            builder.expert(expert, 4, NONE, NONE);
        }

        Assignment assignment = assign(builder.build());

        for (long expert = 10; expert <= 13; expert++) {
            assertThat(assignment.load(expert)).as("load of %d", expert).isEqualTo(2);
        }
        assertThat(assignment.totalCost()).isEqualByComparingTo("24");
    }

    @Test
    void keepsHandAssignedPairsAndCountsThemAgainstTheExpertsLoad() {
        AssignmentProblem problem = AssignmentProblem.builder()
                .panelSize(2)
                .entry(1, "E")
                .entry(2, "C")
                .expert(10, 2, NONE, NONE)
                .expert(11, 2, NONE, NONE)
                .expert(12, 1, Set.of("C"), NONE)
                .fixed(1, 12)
                .build();

        Assignment assignment = assign(problem);

        assertThat(assignment.pairs()).contains(new Pair(1, 12));
        assertThat(assignment.panel(1)).hasSize(2).contains(12L);
        assertThat(assignment.panel(2)).as("expert 12 suits entry 2 but is fully loaded by hand")
                .containsExactly(10L, 11L);
        assertThat(assignment.load(12)).isEqualTo(1);
        AssignmentSolverPropertyTest.assertValid(problem, assignment);
    }

    @Test
    void entryWhoseEveryPanelSeatIsFixedNeedsNoSolving() {
        AssignmentProblem problem = AssignmentProblem.builder()
                .panelSize(1)
                .entry(1, "C")
                .expert(10, 1, Set.of("C"), NONE)
                .fixed(1, 10)
                .build();

        Assignment assignment = assign(problem);

        assertThat(assignment.pairs()).containsExactly(new Pair(1, 10));
        assertThat(assignment.totalCost()).isEqualByComparingTo("-18");
    }

    @Test
    void namesTheEntryThatHasTooFewExpertsWithoutConflict() {
        AssignmentProblem.Builder builder = AssignmentProblem.builder().panelSize(3);
        builder.entry(1, "C").entry(2, "C").entry(3, "C");
        for (long expert = 10; expert <= 14; expert++) {
            builder.expert(expert, 3, NONE, NONE);
        }
        builder.conflict(2, 10).conflict(2, 11).conflict(2, 12);

        Outcome outcome = solver.solve(builder.build());

        assertThat(outcome.assignment()).isEmpty();
        Unfilled unfilled = outcome.unfilled().orElseThrow();
        assertThat(unfilled.missingSeats()).isEqualTo(1);
        assertThat(unfilled.shortfalls()).containsExactly(new Shortfall(2, Reason.TOO_FEW_ELIGIBLE_EXPERTS, 3, 2));
        assertThat(unfilled.fullyLoadedExperts()).as("more load would not help").isEmpty();
        Shortfall shortfall = unfilled.shortfalls().get(0);
        assertThat(shortfall.messageKey()).isEqualTo("review.assignment.tooFewEligibleExperts");
        assertThat(shortfall.messageArgs()).containsExactly("2", 2, 3);
    }

    @Test
    void namesOnlyTheEntriesCompetingForFullyLoadedExperts() {
        AssignmentProblem problem = AssignmentProblem.builder()
                .panelSize(2)
                .entry(1, "C")
                .entry(2, "C")
                .entry(3, "C")
                .expert(10, 1, NONE, NONE)
                .expert(11, 1, NONE, NONE)
                .expert(12, 5, NONE, NONE)
                .expert(13, 5, NONE, NONE)
                .conflict(1, 12).conflict(1, 13).conflict(2, 12).conflict(2, 13)
                .conflict(3, 10).conflict(3, 11)
                .build();

        Unfilled unfilled = solver.solve(problem).unfilled().orElseThrow();

        assertThat(unfilled.missingSeats()).isEqualTo(2);
        assertThat(unfilled.entryIds()).containsExactly(1L, 2L);
        assertThat(unfilled.shortfalls()).allMatch(s -> s.reason() == Reason.EXPERTS_FULLY_LOADED);
        assertThat(unfilled.fullyLoadedExperts()).containsExactly(10L, 11L);
    }

    @Test
    void tooLittleLoadOverallNamesEveryEntry() {
        AssignmentProblem problem = AssignmentProblem.builder()
                .panelSize(2)
                .entry(1, "C").entry(2, "C").entry(3, "C")
                .expert(10, 2, NONE, NONE)
                .expert(11, 2, NONE, NONE)
                .build();

        Unfilled unfilled = solver.solve(problem).unfilled().orElseThrow();

        assertThat(unfilled.missingSeats()).isEqualTo(2);
        assertThat(unfilled.entryIds()).containsExactly(1L, 2L, 3L);
        assertThat(unfilled.fullyLoadedExperts()).containsExactly(10L, 11L);
    }

    @Test
    void sameProblemGivesSameAssignment() {
        AssignmentProblem problem = AssignmentSolverPropertyTest.randomProblem(new java.util.Random(7));
        AssignmentProblem larger = AssignmentProblem.builder()
                .panelSize(2)
                .entry(1, "C").entry(2, "C").entry(3, "E")
                .expert(10, 3, Set.of("C"), NONE)
                .expert(11, 3, Set.of("C"), NONE)
                .expert(12, 3, Set.of("E"), NONE)
                .expert(13, 3, NONE, NONE)
                .build();

        assertThat(solver.solve(larger)).isEqualTo(solver.solve(larger));
        assertThat(solver.solve(problem)).isEqualTo(solver.solve(problem));
    }

    @Test
    void decimalWeightsAreKeptToThreePlaces() {
        AssignmentProblem problem = AssignmentProblem.builder()
                .panelSize(1)
                .weights(new Weights(0.5, 1.25, 0.125))
                .entry(1, "C", "process", "results")
                .expert(10, 1, Set.of("C"), Set.of("process", "results"))
                .build();

        Assignment assignment = assign(problem);

        assertThat(assignment.scaledCost()).isEqualTo(500 - 1250 - 125 - 125);
        assertThat(assignment.totalCost()).isEqualTo(new BigDecimal("-1.000"));
    }

    @Test
    void conflictsNamingStrangersAreIgnored() {
        AssignmentProblem problem = AssignmentProblem.builder()
                .panelSize(1)
                .entry(1, "C")
                .expert(10, 1, NONE, NONE)
                .conflict(99, 10).conflict(1, 98)
                .build();

        assertThat(assign(problem).pairs()).containsExactly(new Pair(1, 10));
    }

    @Test
    void refusesHandAssignmentsThatBreakTheRules() {
        AssignmentProblem.Builder base = AssignmentProblem.builder()
                .panelSize(1)
                .entry(1, "C").entry(2, "C")
                .expert(10, 1, NONE, NONE)
                .expert(11, 1, NONE, NONE);

        assertThatThrownBy(() -> base.conflict(1, 10).fixed(1, 10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conflict of interest");
        assertThatThrownBy(() -> AssignmentProblem.builder().panelSize(1).entry(1, "C")
                        .expert(10, 1, NONE, NONE).expert(11, 1, NONE, NONE).fixed(1, 10).fixed(1, 11).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("panel size");
        assertThatThrownBy(() -> AssignmentProblem.builder().panelSize(1).entry(1, "C").entry(2, "C")
                        .expert(10, 1, NONE, NONE).fixed(1, 10).fixed(2, 10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max load");
        assertThatThrownBy(() -> AssignmentProblem.builder().entry(1, "C").expert(10, 1, NONE, NONE).fixed(1, 77).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    }

    @Test
    void refusesMalformedProblems() {
        assertThatThrownBy(() -> AssignmentProblem.builder().entry(1, "C").entry(1, "E").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> AssignmentProblem.builder().panelSize(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssignmentProblem.builder().entry(1, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(0, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssignmentProblem.Expert(1, -1, NONE, NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Assignment assign(AssignmentProblem problem) {
        Outcome outcome = solver.solve(problem);
        assertThat(outcome.unfilled()).as("unfilled panels").isEmpty();
        return outcome.assignment().orElseThrow();
    }
}
