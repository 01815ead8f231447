package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

/**
 * The record a lane carries through RunNode → Wait → PollNode → next position: indexes and ids only.
 *
 * @param state RUNNING (wait {@code waitSeconds}, then poll), DONE (the node's result is stored; next position) or
 *     LANE_END (no node at this position: the lane is finished)
 * @param startedAt epoch milliseconds the statement started (for timing), 0 before that
 */
public record LaneStep(String runId, int wave, int lane, int position, String sessionId, String nodeId, String statementId, String state,
        int waitSeconds, long startedAt) {
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String LANE_END = "LANE_END";

    public LaneStep {
        requireNonNull(runId, "runId is null");
        requireNonNull(sessionId, "sessionId is null");
    }

    public LaneStep running(String newNodeId, String newStatementId, int newWaitSeconds, long newStartedAt) {
        return new LaneStep(runId, wave, lane, position, sessionId, newNodeId, newStatementId, RUNNING, newWaitSeconds, newStartedAt);
    }

    public LaneStep done(String newNodeId) {
        return new LaneStep(runId, wave, lane, position, sessionId, newNodeId, null, DONE, 0, startedAt);
    }

    public LaneStep laneEnd() {
        return new LaneStep(runId, wave, lane, position, sessionId, null, null, LANE_END, 0, 0);
    }

    public LaneStep waiting(int newWaitSeconds) {
        return new LaneStep(runId, wave, lane, position, sessionId, nodeId, statementId, RUNNING, newWaitSeconds, startedAt);
    }
}
