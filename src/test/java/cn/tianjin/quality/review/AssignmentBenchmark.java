package cn.tianjin.quality.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The size STACK.md measured: 1,000 entries x 300 experts x panels of 5, 5% of pairs in conflict, max load 30,
 * k-th entry of an expert costing 2k, on each engine (OR-Tools, then pure Java). Run by hand with the test class path;
 * not a unit test, because timings on a shared build machine would make a flaky one.
 */
public final class AssignmentBenchmark {

    private static final int ENTRIES = 1_000;
    private static final int EXPERTS = 300;
    private static final int RUNS = 3;
    private static final List<String> INDUSTRIES = List.of("A", "C", "D", "E", "F", "G", "I", "M", "N", "Q");
    private static final List<String> CATEGORIES =
            List.of("leadership", "strategy", "customers", "resources", "process", "results");

    private AssignmentBenchmark() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Optional<String> nativeProblem = AssignmentSolver.nativeProblem();
        System.out.printf("native load: %d ms%s%n", (System.nanoTime() - start) / 1_000_000,
                nativeProblem.map(p -> " (failed: " + p + ")").orElse(""));

        AssignmentProblem problem = generate(new Random(20_250_601L));
        System.out.printf("problem: %d entries x %d experts, panel %d, %d conflicts%n", problem.entries().size(),
                problem.experts().size(), problem.panelSize(), problem.conflicts().size());
        Runtime runtime = Runtime.getRuntime();
        for (AssignmentSolver.Engine engine : AssignmentSolver.Engine.values()) {
            if (engine == AssignmentSolver.Engine.OR_TOOLS && nativeProblem.isPresent()) {
                System.out.printf("%s: skipped, its native libraries did not load%n", engine.label());
                continue;
            }
            AssignmentSolver solver = new AssignmentSolver(engine);
            AssignmentSolver.Outcome warmUp = solver.solve(problem);
            System.out.printf("%s warm-up: %s%n", engine.label(), describe(warmUp));
            for (int run = 1; run <= RUNS; run++) {
                System.gc();
                long before = runtime.totalMemory() - runtime.freeMemory();
                long t0 = System.nanoTime();
                AssignmentSolver.Outcome outcome = solver.solve(problem);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                long after = runtime.totalMemory() - runtime.freeMemory();
                System.out.printf("%s run %d: %d ms, heap used %d MB (before %d MB), %s%n", engine.label(), run, millis,
                        after >> 20, before >> 20, describe(outcome));
            }
        }
        System.out.printf("process peak RSS: %s%n", peakRss());
    }

    private static AssignmentProblem generate(Random random) {
        AssignmentProblem.Builder builder = AssignmentProblem.builder().panelSize(5);
        for (long e = 1; e <= ENTRIES; e++) {
            builder.entry(new AssignmentProblem.Entry(
                    e, INDUSTRIES.get(random.nextInt(INDUSTRIES.size())), subset(random, CATEGORIES, 2)));
        }
        for (long x = 1; x <= EXPERTS; x++) {
            builder.expert(new AssignmentProblem.Expert(10_000 + x, 30, subset(random, INDUSTRIES, 2),
                    subset(random, CATEGORIES, 3)));
        }
        for (long e = 1; e <= ENTRIES; e++) {
            for (long x = 1; x <= EXPERTS; x++) {
                if (random.nextInt(100) < 5) {
                    builder.conflict(e, 10_000 + x);
                }
            }
        }
        return builder.weights(new AssignmentProblem.Weights(2, 20, 5)).build();
    }

    private static Set<String> subset(Random random, List<String> values, int size) {
        Set<String> chosen = new HashSet<>();
        while (chosen.size() < size) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        return chosen;
    }

    private static String describe(AssignmentSolver.Outcome outcome) {
        return outcome.assignment()
                .map(a -> a.pairs().size() + " pairs, cost " + a.totalCost())
                .orElseGet(() -> "unfilled: " + outcome.unfilled().orElseThrow().missingSeats() + " seats missing");
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM"))
                    .map(line -> line.substring(6).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
