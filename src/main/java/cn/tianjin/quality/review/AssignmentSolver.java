package cn.tianjin.quality.review;

import cn.tianjin.quality.review.AssignmentProblem.Entry;
import cn.tianjin.quality.review.AssignmentProblem.Expert;
import cn.tianjin.quality.review.AssignmentProblem.Pair;
import com.google.ortools.Loader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seats a panel of experts on every entry at least cost, as a min-cost flow solved by OR-Tools, or by the pure-Java
 * engine ({@link JavaMinCostFlow}) where OR-Tools' native libraries do not load.
 *
 * <p>The network: source to each entry with capacity = its open seats; entry to expert with capacity 1 and the
 * pair's cost, left out for conflicts of interest, for pairs already fixed and for experts with no load to spare;
 * expert to sink as parallel unit arcs, the k-th costing k * loadWeight, one per unit of load left. Rising costs
 * on the parallel arcs make the load cost convex, so the cheapest flow spreads work before it piles it up.
 *
 * <p>The solver asks for the maximum flow at minimum cost, so a network that cannot carry every seat still
 * yields a flow; the residual graph of that flow names the entries that compete for fully loaded experts (see
 * {@link Unfilled}). A partial assignment is never returned as if it were complete.
 *
 * <p>Stateless and thread-safe; each call builds and frees its own network.
 */
public final class AssignmentSolver {

    /** The engines that solve the flow, by the name the readiness check and the benchmarks print. */
    public enum Engine {
        OR_TOOLS("or-tools"),
        PURE_JAVA("pure-java");

        private final String label;

        Engine(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final System.Logger LOG = System.getLogger(AssignmentSolver.class.getName());

    private static final int SOURCE = 0;
    private static final int SINK = 1;
    private static final int FIRST_ENTRY_NODE = 2;

    /** What {@link #solve} returns: a complete {@link Assignment} or the panels that cannot be filled. */
    public sealed interface Outcome permits Assignment, Unfilled {

        Optional<Assignment> assignment();

        Optional<Unfilled> unfilled();
    }

    /** Why an entry appears in {@link Unfilled}. */
    public enum Reason {
        /** Fewer experts without a conflict and with load to spare than the entry has open seats; more load will not help. */
        TOO_FEW_ELIGIBLE_EXPERTS("review.assignment.tooFewEligibleExperts"),
        /** Enough experts on paper, but they are needed at their max load by other entries as well. */
        EXPERTS_FULLY_LOADED("review.assignment.expertsFullyLoaded");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * One entry that cannot be sure of a full panel.
     *
     * @param entryId          the entry
     * @param reason           why
     * @param openSeats        seats still to fill on its panel (panel size minus fixed experts)
     * @param eligibleExperts  experts it could be given: no conflict, not already fixed to it, load to spare
     */
    public record Shortfall(long entryId, Reason reason, int openSeats, int eligibleExperts) {

        public String messageKey() {
            return reason.messageKey();
        }

        /** {0} entry id (as text, so it is not grouped), {1} eligible experts, {2} open seats. */
        public Object[] messageArgs() {
            return new Object[] {String.valueOf(entryId), eligibleExperts, openSeats};
        }
    }

    /**
     * Not every entry can get a full panel.
     *
     * <p>{@code shortfalls} are the entries on the source side of the minimum cut: together they need more seats
     * than their experts can give, and each of them is left short by some assignment that fills as many seats as
     * possible. Entries not named get a full panel in every such assignment, so the fix lies with the named ones:
     * fewer conflicts, more experts, or a higher max load for {@code fullyLoadedExperts}.
     *
     * @param missingSeats        seats that no assignment can fill
     * @param shortfalls          the entries concerned, in the problem's entry order
     * @param fullyLoadedExperts  experts these entries could use who are all at their max load, by id
     */
    public record Unfilled(int missingSeats, List<Shortfall> shortfalls, List<Long> fullyLoadedExperts)
            implements Outcome {

        /** Message for the whole result; {0} is {@code missingSeats}. */
        public static final String MESSAGE_KEY = "review.assignment.unfilled";

        public Unfilled {
            shortfalls = List.copyOf(shortfalls);
            fullyLoadedExperts = List.copyOf(fullyLoadedExperts);
        }

        public List<Long> entryIds() {
            return shortfalls.stream().map(Shortfall::entryId).toList();
        }

        @Override
        public Optional<Assignment> assignment() {
            return Optional.empty();
        }

        @Override
        public Optional<Unfilled> unfilled() {
            return Optional.of(this);
        }
    }

    /**
     * Why the OR-Tools native libraries cannot be used in this JVM, or empty when they are loaded. The first call
     * loads them (0.6-0.8 s); call it at start-up so that a broken installation shows in the health check rather
     * than at the first proposal.
     */
    public static Optional<String> nativeProblem() {
        return Natives.PROBLEM;
    }

    /** The engine a solver made without naming one uses: OR-Tools when its native libraries load, else pure Java. */
    public static Engine engineInUse() {
        return nativeProblem().isEmpty() ? Engine.OR_TOOLS : Engine.PURE_JAVA;
    }

    private final Engine engine;

    /** A solver on {@link #engineInUse()}. */
    public AssignmentSolver() {
        this(engineInUse());
    }

    public AssignmentSolver(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    /**
     * Finds a cheapest complete assignment, or explains why there is none.
     *
     * @throws IllegalStateException if OR-Tools was asked for and its native libraries are unavailable
     *                               ({@link #nativeProblem()}), or the solver fails in a way that is a bug rather
     *                               than a property of the input
     */
    public Outcome solve(AssignmentProblem problem) {
        if (engine == Engine.OR_TOOLS) {
            Optional<String> nativeProblem = nativeProblem();
            if (nativeProblem.isPresent()) {
                throw new IllegalStateException("OR-Tools native libraries unavailable: " + nativeProblem.get());
            }
        }
        return new Network(problem, engine).solve();
    }

    /** One solve: index tables in plain arrays, because the benchmark size has about 300,000 pair arcs. */
    private static final class Network {
        private final AssignmentProblem problem;
        private final Engine engine;
        private final List<Entry> entries;
        private final List<Expert> experts;
        private final int[] openSeats;
        private final int[] fixedLoad;
        private final int[] eligible;
        private final Map<Long, Integer> expertIndex = new HashMap<>();
        private final Map<Long, Integer> entryIndex = new HashMap<>();
        /** The entry-to-expert arcs, in the order they were added; arc ids are their positions plus {@code firstPairArc}. */
        private int[] arcEntry = new int[16];
        private int[] arcExpert = new int[16];
        private int pairArcs;
        private int firstPairArc;

        Network(AssignmentProblem problem, Engine engine) {
            this.problem = problem;
            this.engine = engine;
            this.entries = problem.entries();
            this.experts = problem.experts();
            for (int i = 0; i < entries.size(); i++) {
                entryIndex.put(entries.get(i).id(), i);
            }
            for (int j = 0; j < experts.size(); j++) {
                expertIndex.put(experts.get(j).id(), j);
            }
            openSeats = new int[entries.size()];
            Arrays.fill(openSeats, problem.panelSize());
            fixedLoad = new int[experts.size()];
            for (Pair p : problem.fixed()) {
                openSeats[entryIndex.get(p.entryId())]--;
                fixedLoad[expertIndex.get(p.expertId())]++;
            }
            eligible = new int[entries.size()];
        }

        Outcome solve() {
            int seats = problem.openSeats();
            if (seats == 0) {
                List<Pair> pairs = sorted(new ArrayList<>(problem.fixed()));
                return new Assignment(pairs, problem.scaledCostOf(pairs));
            }
            int entryCount = entries.size();
            int expertCount = experts.size();
            // Pair costs are shifted up by the largest bonus because every seat carries exactly one pair, so the
            // shift adds the same amount to every complete assignment and keeps arc costs non-negative.
            long shift = maxBonus();
            long loadWeight = problem.weights().scaledLoadWeight();
            long arcEstimate = (long) entryCount * (expertCount + 1) + experts.stream().mapToLong(Expert::maxLoad).sum();
            int nodes = FIRST_ENTRY_NODE + entryCount + expertCount;
            int arcs = (int) Math.min(Integer.MAX_VALUE, arcEstimate);
            try (FlowNetwork flow = engine == Engine.OR_TOOLS
                    ? new OrToolsFlow(nodes, arcs)
                    : new JavaMinCostFlow(nodes, arcs)) {
                int[] sourceArc = new int[entryCount];
                for (int i = 0; i < entryCount; i++) {
                    sourceArc[i] = openSeats[i] > 0
                            ? flow.addArc(SOURCE, entryNode(i), openSeats[i], 0)
                            : -1;
                }
                int[] inDegree = new int[expertCount];
                firstPairArc = flow.numArcs();
                for (int i = 0; i < entryCount; i++) {
                    if (openSeats[i] == 0) {
                        continue;
                    }
                    Entry entry = entries.get(i);
                    for (int j = 0; j < expertCount; j++) {
                        Expert expert = experts.get(j);
                        if (fixedLoad[j] >= expert.maxLoad()) {
                            continue;
                        }
                        Pair pair = new Pair(entry.id(), expert.id());
                        if (problem.conflicts().contains(pair) || problem.fixed().contains(pair)) {
                            continue;
                        }
                        long cost = shift - problem.scaledBonus(entry, expert);
                        int arc = flow.addArc(entryNode(i), expertNode(j), 1, cost);
                        recordPairArc(arc, i, j);
                        eligible[i]++;
                        inDegree[j]++;
                    }
                }
                for (int j = 0; j < expertCount; j++) {
                    // Units beyond the expert's possible in-flow could never carry flow, so they are not built.
                    int lastUnit = Math.min(experts.get(j).maxLoad(), fixedLoad[j] + inDegree[j]);
                    for (int k = fixedLoad[j] + 1; k <= lastUnit; k++) {
                        flow.addArc(expertNode(j), SINK, 1, k * loadWeight);
                    }
                }
                flow.setSupply(SOURCE, seats);
                flow.setSupply(SINK, -seats);
                flow.solveMaxFlowWithMinCost();
                long carried = flow.maximumFlow();
                boolean[] used = new boolean[pairArcs];
                for (int a = 0; a < pairArcs; a++) {
                    used[a] = flow.flow(firstPairArc + a) > 0;
                }
                if (carried < seats) {
                    long[] sourceFlow = new long[entryCount];
                    for (int i = 0; i < entryCount; i++) {
                        sourceFlow[i] = sourceArc[i] < 0 ? 0 : flow.flow(sourceArc[i]);
                    }
                    return unfilled((int) (seats - carried), sourceFlow, used);
                }
                return assignment(used, flow.optimalCost() - shift * seats);
            }
        }

        private Assignment assignment(boolean[] used, long flowCost) {
            List<Pair> pairs = new ArrayList<>(problem.fixed());
            for (int a = 0; a < pairArcs; a++) {
                if (used[a]) {
                    pairs.add(new Pair(entries.get(arcEntry[a]).id(), experts.get(arcExpert[a]).id()));
                }
            }
            long cost = problem.scaledCostOf(pairs);
            // The network and the documented cost formula are two descriptions of one model; if they ever
            // disagree the optimum is not the one the rules describe, so refuse rather than publish it.
            long expected = flowCost + problem.scaledCostOf(problem.fixed());
            if (cost != expected) {
                throw new IllegalStateException("Flow cost " + expected + " differs from assignment cost " + cost);
            }
            return new Assignment(sorted(pairs), cost);
        }

        /** Walks the residual graph from the source: what it reaches is the source side of the minimum cut. */
        private Unfilled unfilled(int missingSeats, long[] sourceFlow, boolean[] used) {
            int entryCount = entries.size();
            int expertCount = experts.size();
            List<List<Integer>> arcsOfEntry = new ArrayList<>();
            List<List<Integer>> arcsOfExpert = new ArrayList<>();
            for (int i = 0; i < entryCount; i++) {
                arcsOfEntry.add(new ArrayList<>());
            }
            for (int j = 0; j < expertCount; j++) {
                arcsOfExpert.add(new ArrayList<>());
            }
            for (int a = 0; a < pairArcs; a++) {
                arcsOfEntry.get(arcEntry[a]).add(a);
                arcsOfExpert.get(arcExpert[a]).add(a);
            }
            boolean[] entryReached = new boolean[entryCount];
            boolean[] expertReached = new boolean[expertCount];
            Deque<Integer> entryQueue = new ArrayDeque<>();
            for (int i = 0; i < entryCount; i++) {
                if (sourceFlow[i] < openSeats[i]) {
                    entryReached[i] = true;
                    entryQueue.add(i);
                }
            }
            while (!entryQueue.isEmpty()) {
                int i = entryQueue.poll();
                for (int a : arcsOfEntry.get(i)) {
                    int j = arcExpert[a];
                    if (used[a] || expertReached[j]) {
                        continue;
                    }
                    // A reached expert has no spare unit to the sink, otherwise the flow would not be maximal;
                    // its residual way on is back along the arcs of the entries it already serves.
                    expertReached[j] = true;
                    for (int b : arcsOfExpert.get(j)) {
                        int other = arcEntry[b];
                        if (used[b] && !entryReached[other]) {
                            entryReached[other] = true;
                            entryQueue.add(other);
                        }
                    }
                }
            }
            List<Shortfall> shortfalls = new ArrayList<>();
            for (int i = 0; i < entryCount; i++) {
                if (entryReached[i]) {
                    Reason reason = eligible[i] < openSeats[i] ? Reason.TOO_FEW_ELIGIBLE_EXPERTS : Reason.EXPERTS_FULLY_LOADED;
                    shortfalls.add(new Shortfall(entries.get(i).id(), reason, openSeats[i], eligible[i]));
                }
            }
            List<Long> loaded = new ArrayList<>();
            for (int j = 0; j < expertCount; j++) {
                if (expertReached[j]) {
                    loaded.add(experts.get(j).id());
                }
            }
            loaded.sort(Comparator.naturalOrder());
            return new Unfilled(missingSeats, shortfalls, loaded);
        }

        private long maxBonus() {
            int categories = entries.stream().mapToInt(e -> e.categories().size()).max().orElse(0);
            AssignmentProblem.Weights w = problem.weights();
            return w.scaledIndustryBonus() + categories * w.scaledCategoryBonus();
        }

        private void recordPairArc(int arc, int entry, int expert) {
            if (arc != firstPairArc + pairArcs) {
                throw new IllegalStateException("The flow engine numbered arc " + arc + " out of sequence");
            }
            if (pairArcs == arcEntry.length) {
                arcEntry = Arrays.copyOf(arcEntry, pairArcs * 2);
                arcExpert = Arrays.copyOf(arcExpert, pairArcs * 2);
            }
            arcEntry[pairArcs] = entry;
            arcExpert[pairArcs] = expert;
            pairArcs++;
        }

        private List<Pair> sorted(List<Pair> pairs) {
            pairs.sort(Comparator.<Pair>comparingInt(p -> entryIndex.get(p.entryId())).thenComparingLong(Pair::expertId));
            return pairs;
        }

        private int entryNode(int i) {
            return FIRST_ENTRY_NODE + i;
        }

        private int expertNode(int j) {
            return FIRST_ENTRY_NODE + entries.size() + j;
        }
    }

    /** Loads the native libraries on first use and remembers a failure, so it is tried once per JVM. */
    private static final class Natives {
        static final Optional<String> PROBLEM = load();

        private static Optional<String> load() {
            try {
                Loader.loadNativeLibraries();
                return Optional.empty();
            } catch (LinkageError | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "OR-Tools native libraries could not be loaded; expert assignment"
                        + " uses the pure-Java engine", e);
                return Optional.of(e.toString());
            }
        }
    }
}
