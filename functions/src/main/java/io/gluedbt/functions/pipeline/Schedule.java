package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.run.RunPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a run is scheduled, before any node compiles (so the sessions can start provisioning meanwhile): each node's
 * expected seconds (the previous run's timing, else the median of the known ones, else 1), its priority (the
 * longest expected path from its start to the end of the run: critical-path list scheduling), the claim order, and
 * the concurrency: the expected parallelism (total ÷ critical path) with {@link #HEADROOM}, never wider than the
 * widest dependency level, the profile's threads or the session quota. Without packing that is the pool: one node per
 * session at a time. When every node has a previous timing and a statement may carry up to k nodes, a lane packs
 * short nodes next to a long one ({@code NodeService}), about (k + 1) ÷ 2 per statement, so the pool opens
 * ⌈2 × concurrency ÷ (k + 1)⌉ sessions. The threads thus cap the sessions (dbt-glue opens one per thread).
 *
 * @param order node ids by descending priority, then id
 * @param estimates expected seconds per node id (used for priorities)
 * @param previous the run's nodes' seconds in earlier runs, only those known (they pace the first poll)
 * @param paths each node's priority: the expected seconds from its start to the end of the run
 * @param concurrency how many nodes should run at once, at most the profile's threads
 * @param poolSize the sessions to open
 * @param nodesPerStatement how many nodes one statement may carry in this run (1: no packing)
 */
public record Schedule(List<String> order, Map<String, Double> estimates, Map<String, Double> previous, Map<String, Double> paths, int concurrency,
        int poolSize, int nodesPerStatement, double criticalPathSeconds, double totalSeconds) {
    /** Extra sessions over the expected parallelism: idle lanes end early, so a little slack costs less than a late critical path. */
    static final double HEADROOM = 1.25;

    public Schedule {
        order = List.copyOf(order);
        estimates = java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(estimates, "estimates is null")));
        previous = java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(previous, "previous is null")));
        paths = java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(paths, "paths is null")));
    }

    /**
     * {@code previous}: seconds per node id from earlier runs ({@link RunHistory}); {@code maxSessions}: the threads /
     * quota cap; {@code nodesPerStatement}: how many nodes a statement may carry (GLUEDBT_NODES_PER_STATEMENT).
     */
    public static Schedule of(RunPlan plan, Map<String, Double> previous, int maxSessions, int nodesPerStatement) {
        List<String> ids = plan.nodes().stream().map(Node::uniqueId).toList();
        if (ids.isEmpty()) {
            return new Schedule(List.of(), Map.of(), Map.of(), Map.of(), 0, 0, 1, 0, 0);
        }
        double fallback = median(ids.stream().map(previous::get).filter(java.util.Objects::nonNull).filter(value -> value > 0).toList());
        Map<String, Double> estimates = new HashMap<>();
        Map<String, Double> known = new HashMap<>();
        for (String id : ids) {
            double seconds = previous.getOrDefault(id, 0.0);
            estimates.put(id, seconds > 0 ? seconds : fallback);
            if (seconds > 0) {
                known.put(id, seconds);
            }
        }
        Map<String, List<String>> dependents = new HashMap<>();
        plan.blockers().forEach((id, blockers) -> blockers.forEach(blocker -> dependents.computeIfAbsent(blocker, key -> new ArrayList<>()).add(id)));
        Map<String, Double> priority = new HashMap<>();
        for (int index = ids.size() - 1; index >= 0; index--) { // nodes come topologically ordered: dependents first from the end
            String id = ids.get(index);
            double tail = dependents.getOrDefault(id, List.of()).stream().mapToDouble(priority::get).max().orElse(0);
            priority.put(id, estimates.get(id) + tail);
        }
        List<String> order = ids.stream().sorted(Comparator.comparing((String id) -> -priority.get(id)).thenComparing(Comparator.naturalOrder()))
                .toList();
        double critical = priority.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double total = estimates.values().stream().mapToDouble(Double::doubleValue).sum();
        int parallelism = (int) Math.ceil(HEADROOM * total / critical);
        int concurrency = Math.max(1, Math.min(Math.min(parallelism, widestLevel(plan)), maxSessions));
        // packing needs every node's timing: riders are chosen by their expected seconds and slack
        int packing = known.size() == ids.size() ? Math.max(1, nodesPerStatement) : 1;
        // a statement carries about (k + 1) / 2 nodes (riders must be shorter and have slack; the bench: 2.0 at k = 3)
        int pool = packing == 1 ? concurrency : (2 * concurrency + packing) / (packing + 1);
        return new Schedule(order, estimates, known, priority, concurrency, pool, packing, critical, total);
    }

    /** The most nodes sharing one dependency level (level 0 without blockers, else one past the deepest blocker). */
    static int widestLevel(RunPlan plan) {
        Map<String, Integer> level = new HashMap<>();
        Map<Integer, Integer> width = new HashMap<>();
        for (Node node : plan.nodes()) {
            Set<String> blockers = plan.blockers().getOrDefault(node.uniqueId(), Set.of());
            int value = blockers.stream().mapToInt(blocker -> level.getOrDefault(blocker, -1) + 1).max().orElse(0);
            level.put(node.uniqueId(), value);
            width.merge(value, 1, Integer::sum);
        }
        return width.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 1;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
