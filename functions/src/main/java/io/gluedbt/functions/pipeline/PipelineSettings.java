package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The run's knobs, from the Lambda environment: archive limits, the session quota (GLUEDBT_MAX_SESSIONS), the
 * nodes one child execution may run (GLUEDBT_NODES_PER_EXECUTION: keeps each history under 25,000 events), and the
 * statement polling backoff (GLUEDBT_POLL_FIRST_SECONDS growing by half each poll up to GLUEDBT_POLL_MAX_SECONDS).
 */
public record PipelineSettings(ArchiveLimits archiveLimits, int maxSessions, int nodesPerExecution, int pollFirstSeconds, int pollMaxSeconds) {
    public PipelineSettings {
        requireNonNull(archiveLimits, "archiveLimits is null");
        if (maxSessions < 1 || nodesPerExecution < 1 || pollFirstSeconds < 1 || pollMaxSeconds < pollFirstSeconds) {
            throw new IllegalArgumentException("invalid pipeline settings: sessions " + maxSessions + ", nodes per execution " + nodesPerExecution
                    + ", poll " + pollFirstSeconds + ".." + pollMaxSeconds + " s");
        }
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(ArchiveLimits.defaults(), 10, 400, 2, 30);
    }

    public static PipelineSettings fromEnvironment(Map<String, String> environment) {
        PipelineSettings base = defaults();
        return new PipelineSettings(base.archiveLimits(),
                integer(environment, "GLUEDBT_MAX_SESSIONS", base.maxSessions()),
                integer(environment, "GLUEDBT_NODES_PER_EXECUTION", base.nodesPerExecution()),
                integer(environment, "GLUEDBT_POLL_FIRST_SECONDS", base.pollFirstSeconds()),
                integer(environment, "GLUEDBT_POLL_MAX_SECONDS", base.pollMaxSeconds()));
    }

    /** The next wait: half again as long, capped. */
    public int nextWait(int seconds) {
        return Math.min(pollMaxSeconds, Math.max(seconds + 1, (seconds * 3 + 1) / 2));
    }

    private static int integer(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
