package cn.tianjin.quality.review;

/**
 * A network for a maximum flow of minimum cost from one source to one sink, as {@link AssignmentSolver} builds it:
 * arcs numbered 0, 1, 2, ... in the order they are added, non-negative integer costs. Two engines stand behind it:
 * OR-Tools' native solver and a pure-Java one for servers where no native library loads; both find an optimum, so
 * both give the same least cost (where several assignments share it they may choose differently).
 */
interface FlowNetwork extends AutoCloseable {

    /** Adds an arc and returns its number. */
    int addArc(int tail, int head, int capacity, long unitCost);

    int numArcs();

    /** Sets what a node puts in (positive, the source) or takes out (negative, the sink). */
    void setSupply(int node, long supply);

    /** Sends as much of the supply as the arcs carry, at least cost; an {@link IllegalStateException} if it cannot. */
    void solveMaxFlowWithMinCost();

    long flow(int arc);

    long maximumFlow();

    long optimalCost();

    /** Frees what the engine holds outside the Java heap; nothing for the pure-Java one. */
    @Override
    void close();
}
