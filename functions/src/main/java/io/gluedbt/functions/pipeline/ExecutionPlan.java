package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.functions.session.SessionSettings;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * plan.json: the run's nodes (each with its statements, blockers and expected seconds), the order lanes claim them
 * in (descending critical-path priority, {@link Schedule}), the session pool's size and settings, and the schemas
 * the run writes to (created through the catalog API before any node). Only ids and indexes of it ever travel
 * through the state machine.
 *
 * @param concurrency how many nodes the schedule expects to run at once ({@link Schedule}); the pool is sized from it
 * @param nodesPerStatement how many nodes a lane may pack into one statement (1: each node alone; {@link Schedule})
 * @param order node ids by claim priority; also the order of run_results.json
 * @param criticalPathSeconds the expected critical path from the previous timings (node count when there are none)
 */
public record ExecutionPlan(
        String runId,
        String projectName,
        String command,
        SessionSettings session,
        int concurrency,
        int poolSize,
        int nodesPerStatement,
        List<String> schemas,
        List<String> order,
        double criticalPathSeconds,
        Map<String, PlannedNode> nodes) {

    public ExecutionPlan {
        requireNonNull(runId, "runId is null");
        requireNonNull(projectName, "projectName is null");
        requireNonNull(command, "command is null");
        requireNonNull(session, "session is null");
        schemas = List.copyOf(schemas);
        order = List.copyOf(order);
        nodes = Collections.unmodifiableMap(new TreeMap<>(nodes));
    }

    /** The nodes {@code nodeId} blocks, in id order. */
    public List<String> dependents(String nodeId) {
        return nodes.values().stream().filter(node -> node.blockers().contains(nodeId)).map(PlannedNode::nodeId).toList();
    }

    /** A node's claim rank: its index in {@link #order()}. */
    public int rank(String nodeId) {
        int rank = order.indexOf(nodeId);
        if (rank < 0) {
            throw new IllegalArgumentException("node " + nodeId + " is not in run " + runId + "'s plan");
        }
        return rank;
    }

    /** The ranks of the nodes nothing blocks: ready from the start. */
    public List<Integer> rootRanks() {
        return java.util.stream.IntStream.range(0, order.size()).filter(rank -> nodes.get(order.get(rank)).blockers().isEmpty()).boxed().toList();
    }

    /** The pool's session ids, lane by lane. */
    public List<String> sessionIds() {
        return IntStream.range(0, poolSize).mapToObj(session::sessionId).toList();
    }
}
