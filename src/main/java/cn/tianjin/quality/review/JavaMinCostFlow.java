package cn.tianjin.quality.review;

import java.util.Arrays;

/**
 * {@link FlowNetwork} in plain Java, for servers where OR-Tools' native libraries do not load (a /tmp mounted noexec,
 * a processor OR-Tools ships nothing for). Successive shortest paths with node potentials, in phases: Dijkstra on the
 * reduced costs finds the length of the shortest augmenting path, the potentials move by it, and then every
 * augmenting path of that length is filled at once by a blocking flow (Dinic) on the arcs of reduced cost zero. Each
 * unit of flow so travels a shortest path of the residual network, which keeps the flow of least cost for its size;
 * phases end when the supply is sent or no path is left (the flow is then maximal). A phase per distinct path length,
 * rather than a Dijkstra per unit, is what makes the assignment's network fast: its paths take few distinct lengths.
 *
 * <p>Costs must not be negative (the potentials start at zero). Arcs live in flat arrays ordered by tail node.
 * Not thread-safe; one instance per solve.
 */
final class JavaMinCostFlow implements FlowNetwork {
    private static final long UNREACHED = Long.MAX_VALUE;

    private final int nodes;
    private final long[] supply;
    private int arcs;
    private int[] arcTail;
    private int[] arcHead;
    private int[] arcCapacity;
    private long[] arcCost;

    /** The residual network, two edges per arc, grouped by tail: edges of node u are first[u] .. first[u + 1] - 1. */
    private int[] first;
    private int[] to;
    private long[] residual;
    private long[] cost;
    private int[] reverse;
    /** Position of each arc's forward edge. */
    private int[] forward;

    private long[] potential;
    private long[] distance;
    private boolean[] settled;
    private int[] level;
    private int[] next;
    private final Heap heap = new Heap();

    private long maximumFlow;
    private long optimalCost;
    private boolean solved;

    JavaMinCostFlow(int nodes, int arcEstimate) {
        this.nodes = nodes;
        this.supply = new long[nodes];
        int initial = Math.max(16, Math.min(arcEstimate, 1 << 20));
        arcTail = new int[initial];
        arcHead = new int[initial];
        arcCapacity = new int[initial];
        arcCost = new long[initial];
    }

    @Override
    public int addArc(int tail, int head, int capacity, long unitCost) {
        if (tail < 0 || tail >= nodes || head < 0 || head >= nodes) {
            throw new IllegalArgumentException("arc " + tail + " -> " + head + " outside the " + nodes + " nodes");
        }
        if (capacity < 0 || unitCost < 0) {
            throw new IllegalArgumentException("capacity and cost must not be negative: " + capacity + ", " + unitCost);
        }
        if (arcs == arcTail.length) {
            int grown = arcs * 2;
            arcTail = Arrays.copyOf(arcTail, grown);
            arcHead = Arrays.copyOf(arcHead, grown);
            arcCapacity = Arrays.copyOf(arcCapacity, grown);
            arcCost = Arrays.copyOf(arcCost, grown);
        }
        arcTail[arcs] = tail;
        arcHead[arcs] = head;
        arcCapacity[arcs] = capacity;
        arcCost[arcs] = unitCost;
        solved = false;
        return arcs++;
    }

    @Override
    public int numArcs() {
        return arcs;
    }

    @Override
    public void setSupply(int node, long value) {
        supply[node] = value;
        solved = false;
    }

    @Override
    public void solveMaxFlowWithMinCost() {
        int source = -1;
        int sink = -1;
        for (int v = 0; v < nodes; v++) {
            if (supply[v] > 0) {
                if (source >= 0) {
                    throw new IllegalStateException("more than one node supplies flow");
                }
                source = v;
            } else if (supply[v] < 0) {
                if (sink >= 0) {
                    throw new IllegalStateException("more than one node takes flow");
                }
                sink = v;
            }
        }
        build();
        long sent = 0;
        if (source >= 0 && sink >= 0) {
            long wanted = Math.min(supply[source], -supply[sink]);
            while (sent < wanted && shortestPaths(source, sink)) {
                long length = distance[sink];
                for (int v = 0; v < nodes; v++) {
                    potential[v] += settled[v] ? distance[v] : length;
                }
                long pushed = blockingFlows(source, sink, wanted - sent);
                if (pushed == 0) {
                    throw new IllegalStateException("no flow along a shortest path of length " + length);
                }
                sent += pushed;
            }
        }
        maximumFlow = sent;
        long total = 0;
        for (int a = 0; a < arcs; a++) {
            total = Math.addExact(total, Math.multiplyExact(flowOf(a), arcCost[a]));
        }
        optimalCost = total;
        solved = true;
    }

    @Override
    public long flow(int arc) {
        requireSolved();
        return flowOf(arc);
    }

    @Override
    public long maximumFlow() {
        requireSolved();
        return maximumFlow;
    }

    @Override
    public long optimalCost() {
        requireSolved();
        return optimalCost;
    }

    @Override
    public void close() {
        // nothing outside the heap
    }

    private long flowOf(int arc) {
        return arcCapacity[arc] - residual[forward[arc]];
    }

    private void requireSolved() {
        if (!solved) {
            throw new IllegalStateException("not solved since the last change");
        }
    }

    private void build() {
        int edges = 2 * arcs;
        first = new int[nodes + 1];
        for (int a = 0; a < arcs; a++) {
            first[arcTail[a] + 1]++;
            first[arcHead[a] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            first[v + 1] += first[v];
        }
        int[] fill = Arrays.copyOf(first, nodes);
        to = new int[edges];
        residual = new long[edges];
        cost = new long[edges];
        reverse = new int[edges];
        forward = new int[arcs];
        for (int a = 0; a < arcs; a++) {
            int f = fill[arcTail[a]]++;
            int b = fill[arcHead[a]]++;
            to[f] = arcHead[a];
            residual[f] = arcCapacity[a];
            cost[f] = arcCost[a];
            reverse[f] = b;
            to[b] = arcTail[a];
            residual[b] = 0;
            cost[b] = -arcCost[a];
            reverse[b] = f;
            forward[a] = f;
        }
        potential = new long[nodes];
        distance = new long[nodes];
        settled = new boolean[nodes];
        level = new int[nodes];
        next = new int[nodes];
    }

    private long reducedCost(int edge, int tail) {
        return cost[edge] + potential[tail] - potential[to[edge]];
    }

    /** Dijkstra on the reduced costs from the source, stopped once the sink is settled; false if it cannot be reached. */
    private boolean shortestPaths(int source, int sink) {
        Arrays.fill(distance, UNREACHED);
        Arrays.fill(settled, false);
        heap.clear();
        distance[source] = 0;
        heap.push(0, source);
        while (!heap.isEmpty()) {
            long d = heap.topKey();
            int u = heap.pop();
            if (settled[u] || d > distance[u]) {
                continue;
            }
            settled[u] = true;
            if (u == sink) {
                return true;
            }
            for (int e = first[u], end = first[u + 1]; e < end; e++) {
                int v = to[e];
                if (residual[e] > 0 && !settled[v]) {
                    long candidate = d + reducedCost(e, u);
                    if (candidate < distance[v]) {
                        distance[v] = candidate;
                        heap.push(candidate, v);
                    }
                }
            }
        }
        return false;
    }

    /** Dinic on the edges of reduced cost zero: as much flow as they carry, at most {@code limit}. */
    private long blockingFlows(int source, int sink, long limit) {
        long total = 0;
        int[] queue = new int[nodes];
        while (total < limit) {
            Arrays.fill(level, -1);
            level[source] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            while (head < tail) {
                int u = queue[head++];
                for (int e = first[u], end = first[u + 1]; e < end; e++) {
                    int v = to[e];
                    if (level[v] < 0 && residual[e] > 0 && reducedCost(e, u) == 0) {
                        level[v] = level[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }
            if (level[sink] < 0) {
                break;
            }
            System.arraycopy(first, 0, next, 0, nodes);
            long pushed;
            while (total < limit && (pushed = augment(source, sink, limit - total)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    /** One augmenting path of the level graph, depth first, skipping edges that led nowhere before. */
    private long augment(int u, int sink, long limit) {
        if (u == sink) {
            return limit;
        }
        for (int end = first[u + 1]; next[u] < end; next[u]++) {
            int e = next[u];
            int v = to[e];
            if (residual[e] > 0 && level[v] == level[u] + 1 && reducedCost(e, u) == 0) {
                long pushed = augment(v, sink, Math.min(limit, residual[e]));
                if (pushed > 0) {
                    residual[e] -= pushed;
                    residual[reverse[e]] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }

    /** A binary min-heap of (key, node) pairs; a node may be in it several times, the stale ones skipped on pop. */
    private static final class Heap {
        private long[] keys = new long[256];
        private int[] values = new int[256];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long topKey() {
            return keys[0];
        }

        void push(long key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int pop() {
            int top = values[0];
            size--;
            if (size > 0) {
                long key = keys[size];
                int value = values[size];
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] < keys[child]) {
                        child++;
                    }
                    if (keys[child] >= key) {
                        break;
                    }
                    keys[i] = keys[child];
                    values[i] = values[child];
                    i = child;
                }
                keys[i] = key;
                values[i] = value;
            }
            return top;
        }
    }
}
