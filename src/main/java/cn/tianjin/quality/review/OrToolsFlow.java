package cn.tianjin.quality.review;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/** {@link FlowNetwork} on OR-Tools' native min-cost-flow solver; the native libraries must be loaded. */
final class OrToolsFlow implements FlowNetwork {
    private final MinCostFlow flow;

    OrToolsFlow(int nodes, int arcEstimate) {
        flow = new MinCostFlow(nodes, arcEstimate);
    }

    @Override
    public int addArc(int tail, int head, int capacity, long unitCost) {
        return flow.addArcWithCapacityAndUnitCost(tail, head, capacity, unitCost);
    }

    @Override
    public int numArcs() {
        return flow.getNumArcs();
    }

    @Override
    public void setSupply(int node, long supply) {
        flow.setNodeSupply(node, supply);
    }

    @Override
    public void solveMaxFlowWithMinCost() {
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("MinCostFlow ended with status " + status);
        }
    }

    @Override
    public long flow(int arc) {
        return flow.getFlow(arc);
    }

    @Override
    public long maximumFlow() {
        return flow.getMaximumFlow();
    }

    @Override
    public long optimalCost() {
        return flow.getOptimalCost();
    }

    @Override
    public void close() {
        flow.delete();
    }
}
