package io.gluedbt.functions.session;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import java.util.Map;

/**
 * What a session pool is created from: the run (session ids derive from it, so Finalize can stop every session
 * even when the state machine lost its list) and the profile target's values (role_arn, region, workers,
 * worker_type, glue_version, idle_timeout, conf, ...), as profiles.yml wrote them.
 */
public record SessionSettings(String runId, String targetName, String targetType, Map<String, Object> targetValues) {
    public SessionSettings {
        requireNonNull(runId, "runId is null");
        requireNonNull(targetName, "targetName is null");
        requireNonNull(targetType, "targetType is null");
        targetValues = OrderedMaps.copy(targetValues);
    }

    /** The deterministic id of the pool's session number {@code index}: {@code gluedbt-<runId>-<index>}. */
    public String sessionId(int index) {
        return "gluedbt-" + runId + "-" + index;
    }
}
