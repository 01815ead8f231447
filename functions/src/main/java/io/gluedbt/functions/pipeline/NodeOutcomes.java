package io.gluedbt.functions.pipeline;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.run.NodeVerdict;
import io.gluedbt.compiler.run.RunStatus;
import java.util.List;
import java.util.Map;

/**
 * A finished statement as dbt reports the node (the same rules as the local run's EngineNodeExecutor): OK /
 * INSERT n for builds, PASS / WARN / FAIL for tests, a runtime error naming the failing statement.
 */
final class NodeOutcomes {
    private NodeOutcomes() {}

    static NodeOutcome of(PlannedNode node, NodeResult result, long started, long completed, String threadId) {
        double elapsed = (completed - started) / 1000.0;
        NodeVerdict verdict = NodeVerdict.of(asNode(node), node.statements(), result);
        return outcome(node, verdict.status(), verdict.message(), verdict.failures(), elapsed, threadId, started, completed, verdict.adapterResponse());
    }

    private static NodeOutcome outcome(PlannedNode node, RunStatus status, String message, Integer failures, double elapsed, String threadId,
            long started, long completed, Map<String, Object> response) {
        return new NodeOutcome(node.nodeId(), status, message, failures, elapsed, threadId, started, started, started, completed, node.compiledCode(),
                node.relationName(), response);
    }

    /** The node as the verdict reads it: its type, name and path, and a test's severity. */
    private static Node asNode(PlannedNode node) {
        ResourceType type = java.util.Arrays.stream(ResourceType.values()).filter(value -> value.dbtName().equals(node.resourceType()))
                .findFirst().orElse(ResourceType.MODEL);
        return Node.builder(node.nodeId(), type).packageName("plan").name(node.name()).path(node.originalFilePath())
                .originalFilePath(node.originalFilePath()).fqn(List.of(node.name()))
                .config(Map.of("severity", node.severity() == null ? "error" : node.severity())).build();
    }

}
