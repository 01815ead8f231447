package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Finalize's input: the run, the execution's start ({@code $$.Execution.StartTime}, ISO-8601, nullable), and the
 * error a Catch caught ({@code {"Error": ..., "Cause": ...}}), or null after a complete run.
 */
public record FinalizeRequest(String runId, String startTime, Map<String, Object> error) {
    public FinalizeRequest {
        requireNonNull(runId, "runId is null");
        error = error == null ? null : Map.copyOf(error);
    }
}
