package io.gluedbt.compiler.run;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import java.time.Instant;
import java.util.Map;

/**
 * One node's entry of run_results.json.
 *
 * @param message dbt's message ("OK", "INSERT 2", "Got 3 results, configured to fail if != 0", the error text)
 * @param failures failing rows of a test, else null
 * @param compileStarted null when the node never compiled (skipped)
 */
public record NodeRunResult(
        String uniqueId,
        RunStatus status,
        String message,
        Integer failures,
        double executionTime,
        String threadId,
        Instant compileStarted,
        Instant compileCompleted,
        Instant executeStarted,
        Instant executeCompleted,
        String compiledCode,
        String relationName,
        Map<String, Object> adapterResponse) {

    public NodeRunResult {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(status, "status is null");
        adapterResponse = OrderedMaps.copy(adapterResponse);
    }

    public static NodeRunResult skipped(String uniqueId, String message, String relationName) {
        return new NodeRunResult(uniqueId, RunStatus.SKIPPED, message, null, 0, "main", null, null, null, null, null, relationName, Map.of());
    }
}
