package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import io.gluedbt.compiler.run.NodeRunResult;
import io.gluedbt.compiler.run.RunStatus;
import java.time.Instant;
import java.util.Map;

/**
 * A node's result as RunNode/PollNode store it in S3 (runs/&lt;runId&gt;/results/&lt;nodeId&gt;.json); times in epoch
 * milliseconds, null when the phase never happened.
 */
public record NodeOutcome(
        String nodeId,
        RunStatus status,
        String message,
        Integer failures,
        double executionTime,
        String threadId,
        Long compileStarted,
        Long compileCompleted,
        Long executeStarted,
        Long executeCompleted,
        String compiledCode,
        String relationName,
        Map<String, Object> adapterResponse) {

    public NodeOutcome {
        requireNonNull(nodeId, "nodeId is null");
        requireNonNull(status, "status is null");
        adapterResponse = adapterResponse == null ? Map.of() : OrderedMaps.copy(adapterResponse);
    }

    public static NodeOutcome skipped(PlannedNode node, String message) {
        return new NodeOutcome(node.nodeId(), RunStatus.SKIPPED, message, null, 0, "main", null, null, null, null, null, node.relationName(), Map.of());
    }

    public NodeRunResult toRunResult() {
        return new NodeRunResult(nodeId, status, message, failures, executionTime, threadId, instant(compileStarted), instant(compileCompleted),
                instant(executeStarted), instant(executeCompleted), compiledCode, relationName, adapterResponse);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
