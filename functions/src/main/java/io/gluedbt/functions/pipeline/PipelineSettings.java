package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The run's knobs, from the Lambda environment: archive limits, the session quota (GLUEDBT_MAX_SESSIONS), the
 * Lambda steps one lane execution may take before it hands over to a fresh one (GLUEDBT_STEPS_PER_EXECUTION: keeps
 * each history under 25,000 events), and statement polling: around the node's previous duration every GLUEDBT_POLL_FIRST_SECONDS,
 * otherwise a tenth of the time it has run so far, up to GLUEDBT_POLL_MAX_SECONDS, and how many nodes one statement may
 * carry side by side once the project has timings (GLUEDBT_NODES_PER_STATEMENT; 1 runs each node alone).
 */
public record PipelineSettings(ArchiveLimits archiveLimits, int maxSessions, int stepsPerExecution, int pollFirstSeconds, int pollMaxSeconds,
        int nodesPerStatement) {
    /** An idle lane (no node ready) waits at most this long between looks: the lane finishing a node claims the next at once anyway. */
    static final int MAX_IDLE_WAIT_SECONDS = 10;

    public PipelineSettings {
        requireNonNull(archiveLimits, "archiveLimits is null");
        if (maxSessions < 1 || stepsPerExecution < 10 || pollFirstSeconds < 1 || pollMaxSeconds < pollFirstSeconds || nodesPerStatement < 1) {
            throw new IllegalArgumentException("invalid pipeline settings: sessions " + maxSessions + " (at least 1), steps per execution "
                    + stepsPerExecution + " (at least 10), poll " + pollFirstSeconds + ".." + pollMaxSeconds + " s (at least 1 s, first <= max), nodes per statement "
                    + nodesPerStatement + " (at least 1)");
        }
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(ArchiveLimits.defaults(), 10, 2_000, 1, 30, 3);
    }

    public static PipelineSettings fromEnvironment(Map<String, String> environment) {
        PipelineSettings base = defaults();
        return new PipelineSettings(base.archiveLimits(),
                integer(environment, "GLUEDBT_MAX_SESSIONS", base.maxSessions()),
                integer(environment, "GLUEDBT_STEPS_PER_EXECUTION", base.stepsPerExecution()),
                integer(environment, "GLUEDBT_POLL_FIRST_SECONDS", base.pollFirstSeconds()),
                integer(environment, "GLUEDBT_POLL_MAX_SECONDS", base.pollMaxSeconds()),
                integer(environment, "GLUEDBT_NODES_PER_STATEMENT", base.nodesPerStatement()));
    }

    /** The wait before the first poll: 95 % of the node's previous duration, else the minimum. */
    public int firstWait(double estimateSeconds) {
        return Math.max(pollFirstSeconds, (int) Math.floor(0.95 * estimateSeconds));
    }

    /**
     * The wait before the next poll of a statement running for {@code elapsedSeconds}: until 95 % of its previous
     * duration, then every {@code pollFirstSeconds} up to 120 % of it (where a repeated node ends: a late poll would
     * delay its dependents), then a tenth of the elapsed time (a late poll costs at most ~10 % of the node's time).
     */
    public int nextWait(double elapsedSeconds, double estimateSeconds) {
        double untilExpected = 0.95 * estimateSeconds - elapsedSeconds;
        if (untilExpected >= pollFirstSeconds) {
            return (int) Math.floor(untilExpected);
        }
        if (elapsedSeconds < 1.2 * estimateSeconds) {
            return pollFirstSeconds;
        }
        return (int) Math.max(pollFirstSeconds, Math.min(pollMaxSeconds, Math.ceil(0.1 * elapsedSeconds)));
    }

    /** An idle lane's next wait: half again as long, from the minimum up to {@link #MAX_IDLE_WAIT_SECONDS}. */
    public int nextIdleWait(int seconds) {
        return Math.max(pollFirstSeconds, Math.min(Math.max(pollFirstSeconds, MAX_IDLE_WAIT_SECONDS), Math.max(seconds + 1, (seconds * 3 + 1) / 2)));
    }

    private static int integer(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
