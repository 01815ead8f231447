package io.gluedbt.compiler.run;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The whole run: every selected node's result in completion order, and the run's timing. */
public record RunResults(String invocationId, Instant startedAt, double elapsedSeconds, List<NodeRunResult> results, Map<String, Object> args) {
    public RunResults {
        requireNonNull(invocationId, "invocationId is null");
        requireNonNull(startedAt, "startedAt is null");
        results = List.copyOf(results);
        args = Map.copyOf(args);
    }

    public long count(RunStatus status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    /** dbt's exit code: 0 when nothing failed, 1 when a node errored or a test failed. */
    public int exitCode() {
        return results.stream().anyMatch(result -> result.status() == RunStatus.ERROR || result.status() == RunStatus.FAIL) ? 1 : 0;
    }
}
