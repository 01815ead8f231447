package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

/** OpenSessions' input: the run (its plan.json holds the pool's settings) and the pool size Compile chose. */
public record OpenSessionsRequest(String runId, int poolSize) {
    public OpenSessionsRequest {
        requireNonNull(runId, "runId is null");
    }
}
