package cn.tianjin.quality.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.review.AssignmentProblem.Expert;
import cn.tianjin.quality.review.AssignmentProblem.Pair;
import cn.tianjin.quality.review.AssignmentSolver.Outcome;
import cn.tianjin.quality.review.AssignmentSolver.Reason;
import cn.tianjin.quality.review.AssignmentSolver.Shortfall;
import cn.tianjin.quality.review.AssignmentSolver.Unfilled;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver, on each engine, against exhaustive search on 200 small random instances, each reproducible from its
 * seed; and the two engines against each other on larger ones.
 */
class AssignmentSolverPropertyTest {

    private static final int PANEL = 2;
    private static final List<String> INDUSTRIES = List.of("C", "E", "M");
    private static final List<String> CATEGORIES = List.of("leadership", "process", "results");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    static Stream<Arguments> seedsOnEachEngine() {
        return Stream.of(AssignmentSolver.Engine.values())
                .flatMap(engine -> seeds().mapToObj(seed -> Arguments.of(engine, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("seedsOnEachEngine")
    void solverAgreesWithExhaustiveSearch(AssignmentSolver.Engine engine, long seed) {
        AssignmentProblem problem = randomProblem(new Random(seed));
        BruteForceAssignment.Result reference = BruteForceAssignment.solve(problem);

        Outcome outcome = new AssignmentSolver(engine).solve(problem);

        if (reference.optimalCost().isPresent()) {
            assertThat(outcome).isInstanceOf(Assignment.class);
            Assignment assignment = (Assignment) outcome;
            assertThat(assignment.scaledCost()).as("optimal cost").isEqualTo(reference.optimalCost().getAsLong());
            assertThat(BruteForceAssignment.referenceCost(problem, assignment.pairs())).isEqualTo(assignment.scaledCost());
            assertValid(problem, assignment);
        } else {
            assertThat(outcome).isInstanceOf(Unfilled.class);
            Unfilled unfilled = (Unfilled) outcome;
            assertThat(unfilled.missingSeats()).isEqualTo(problem.openSeats() - reference.mostSeats());
            assertThat(unfilled.entryIds()).containsExactlyInAnyOrderElementsOf(reference.entriesShortSomewhere());
            for (Shortfall s : unfilled.shortfalls()) {
                Reason expected = eligible(problem, s.entryId()) < s.openSeats()
                        ? Reason.TOO_FEW_ELIGIBLE_EXPERTS
                        : Reason.EXPERTS_FULLY_LOADED;
                assertThat(s.reason()).as("reason for entry %d", s.entryId()).isEqualTo(expected);
            }
        }
    }

    /**
     * Instances too large for exhaustive search (30-80 entries, 10-30 experts, panels of 3, tight loads): the pure-Java
     * engine finds assignments of the same least cost as OR-Tools, valid ones, and names the same entries when the
     * panels cannot all be filled.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void bothEnginesFindTheSameOptimum(long seed) {
        Random random = new Random(seed);
        AssignmentProblem problem = largerProblem(random);
        Outcome native_ = new AssignmentSolver(AssignmentSolver.Engine.OR_TOOLS).solve(problem);
        Outcome java = new AssignmentSolver(AssignmentSolver.Engine.PURE_JAVA).solve(problem);
        if (native_ instanceof Assignment expected) {
            assertThat(java).isInstanceOf(Assignment.class);
            Assignment found = (Assignment) java;
            assertThat(found.scaledCost()).as("least cost").isEqualTo(expected.scaledCost());
            assertValid(problem, found);
        } else {
            Unfilled expected = (Unfilled) native_;
            assertThat(java).isInstanceOf(Unfilled.class);
            Unfilled found = (Unfilled) java;
            assertThat(found.missingSeats()).isEqualTo(expected.missingSeats());
            assertThat(found.shortfalls()).isEqualTo(expected.shortfalls());
            assertThat(found.fullyLoadedExperts()).isEqualTo(expected.fullyLoadedExperts());
        }
    }

    /** Guards the larger generator: the comparison means little unless both outcomes occur often. */
    @Test
    void largerInstancesCoverBothOutcomes() {
        AssignmentSolver solver = new AssignmentSolver(AssignmentSolver.Engine.PURE_JAVA);
        long filled = seeds().filter(seed -> solver.solve(largerProblem(new Random(seed))) instanceof Assignment).count();
        assertThat(filled).as("instances with every panel filled, of 200").isBetween(40L, 160L);
    }

    private static AssignmentProblem largerProblem(Random random) {
        int panel = 3;
        AssignmentProblem.Builder builder = AssignmentProblem.builder().panelSize(panel);
        int entryCount = 30 + random.nextInt(51);
        int expertCount = 10 + random.nextInt(21);
        for (int i = 0; i < entryCount; i++) {
            builder.entry(new AssignmentProblem.Entry(1000 + i, pick(random, INDUSTRIES), subset(random, CATEGORIES)));
        }
        // Loads around what the panels need, so that some instances cannot be filled.
        int average = (entryCount * panel + expertCount - 1) / expertCount;
        for (int j = 0; j < expertCount; j++) {
            builder.expert(new Expert(5000 + j, Math.max(0, average - 3 + random.nextInt(6)), subset(random, INDUSTRIES),
                    subset(random, CATEGORIES)));
        }
        for (int i = 0; i < entryCount; i++) {
            for (int j = 0; j < expertCount; j++) {
                if (random.nextInt(10) == 0) {
                    builder.conflict(1000 + i, 5000 + j);
                }
            }
        }
        builder.weights(new AssignmentProblem.Weights(
                random.nextInt(4_000) / 1000.0, random.nextInt(20_000) / 1000.0, random.nextInt(8_000) / 1000.0));
        return builder.build();
    }

    /** Guards the generator: the property means little unless both outcomes and fixed pairs occur often. */
    @Test
    void randomInstancesCoverBothOutcomesAndFixedPairs() {
        int feasible = 0;
        int withFixed = 0;
        for (long seed : seeds().toArray()) {
            AssignmentProblem problem = randomProblem(new Random(seed));
            if (BruteForceAssignment.solve(problem).optimalCost().isPresent()) {
                feasible++;
                if (!problem.fixed().isEmpty()) {
                    withFixed++;
                }
            }
        }
        assertThat(feasible).isBetween(60, 180);
        assertThat(withFixed).isGreaterThanOrEqualTo(15);
    }

    static void assertValid(AssignmentProblem problem, Assignment assignment) {
        List<Pair> pairs = assignment.pairs();
        assertThat(pairs).doesNotHaveDuplicates();
        assertThat(pairs).containsAll(problem.fixed());
        assertThat(pairs).noneMatch(problem.conflicts()::contains);
        for (AssignmentProblem.Entry entry : problem.entries()) {
            assertThat(assignment.panel(entry.id())).as("panel of entry %d", entry.id()).hasSize(problem.panelSize());
        }
        for (Expert expert : problem.experts()) {
            assertThat(assignment.load(expert.id())).as("load of expert %d", expert.id())
                    .isLessThanOrEqualTo(expert.maxLoad());
        }
    }

    private static int eligible(AssignmentProblem problem, long entryId) {
        Map<Long, Integer> fixedLoad = new HashMap<>();
        problem.fixed().forEach(p -> fixedLoad.merge(p.expertId(), 1, Integer::sum));
        int count = 0;
        for (Expert expert : problem.experts()) {
            Pair pair = new Pair(entryId, expert.id());
            boolean spare = fixedLoad.getOrDefault(expert.id(), 0) < expert.maxLoad();
            if (spare && !problem.conflicts().contains(pair) && !problem.fixed().contains(pair)) {
                count++;
            }
        }
        return count;
    }

    /** 3-4 entries, 4-6 experts with max loads 0-3, about 20% of pairs in conflict, sometimes fixed pairs. */
    static AssignmentProblem randomProblem(Random random) {
        AssignmentProblem.Builder builder = AssignmentProblem.builder().panelSize(PANEL);
        int entryCount = 3 + random.nextInt(2);
        int expertCount = 4 + random.nextInt(3);
        for (int i = 0; i < entryCount; i++) {
            builder.entry(new AssignmentProblem.Entry(100 + i, pick(random, INDUSTRIES), subset(random, CATEGORIES)));
        }
        List<Expert> experts = new ArrayList<>();
        for (int j = 0; j < expertCount; j++) {
            experts.add(new Expert(200 + j, random.nextInt(4), subset(random, INDUSTRIES), subset(random, CATEGORIES)));
        }
        experts.forEach(builder::expert);
        Set<Pair> conflicts = new HashSet<>();
        for (int i = 0; i < entryCount; i++) {
            for (int j = 0; j < expertCount; j++) {
                if (random.nextInt(5) == 0) {
                    conflicts.add(new Pair(100 + i, 200 + j));
                }
            }
        }
        builder.conflicts(conflicts);
        if (random.nextInt(10) < 4) {
            Set<Pair> fixed = new HashSet<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                long entry = 100 + random.nextInt(entryCount);
                Expert expert = experts.get(random.nextInt(expertCount));
                Pair pair = new Pair(entry, expert.id());
                long seats = fixed.stream().filter(p -> p.entryId() == entry).count();
                long load = fixed.stream().filter(p -> p.expertId() == expert.id()).count();
                if (!conflicts.contains(pair) && !fixed.contains(pair) && seats < PANEL && load < expert.maxLoad()) {
                    fixed.add(pair);
                    builder.fixed(entry, expert.id());
                }
            }
        }
        builder.weights(new AssignmentProblem.Weights(
                random.nextInt(4_000) / 1000.0, random.nextInt(20_000) / 1000.0, random.nextInt(8_000) / 1000.0));
        return builder.build();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Set<String> subset(Random random, List<String> values) {
        Set<String> chosen = new HashSet<>();
        for (String value : values) {
            if (random.nextInt(5) < 2) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
