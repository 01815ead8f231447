package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Compile's output (ids and counts only): {@code status} COMPILED, or DUPLICATE when this S3 object version already
 * started run {@code runId}; the pool size, the expected critical path, and one starting step per lane (session),
 * each the input of a lane execution.
 */
public record CompileResponse(String status, String runId, String projectName, int nodeCount, int poolSize, double criticalPathSeconds,
        List<LaneStep> lanes) {
    public static final String COMPILED = "COMPILED";
    public static final String DUPLICATE = "DUPLICATE";

    public CompileResponse {
        requireNonNull(status, "status is null");
        requireNonNull(runId, "runId is null");
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
    }

    public static CompileResponse duplicate(String firstRunId) {
        return new CompileResponse(DUPLICATE, firstRunId, null, 0, 0, 0, List.of());
    }
}
