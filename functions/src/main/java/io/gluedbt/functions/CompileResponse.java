package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Compile's output (ids and counts only): {@code status} COMPILED, or DUPLICATE when this S3 object version already
 * started run {@code runId}; the pool size; and the chunks of wave indexes, one child execution each.
 */
public record CompileResponse(String status, String runId, String projectName, int nodeCount, int waveCount, int poolSize, List<List<Integer>> chunks) {
    public static final String COMPILED = "COMPILED";
    public static final String DUPLICATE = "DUPLICATE";

    public CompileResponse {
        requireNonNull(status, "status is null");
        requireNonNull(runId, "runId is null");
        chunks = chunks == null ? List.of() : chunks.stream().map(List::copyOf).toList();
    }

    public static CompileResponse duplicate(String firstRunId) {
        return new CompileResponse(DUPLICATE, firstRunId, null, 0, 0, 0, List.of());
    }
}
