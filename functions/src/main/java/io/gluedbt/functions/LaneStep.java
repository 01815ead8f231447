package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The record a lane (one session) carries through its execution: RunNode claims a node, Wait, PollNode, RunNode
 * again. Indexes and ids only.
 *
 * @param sessionReady whether the lane's session was seen READY (until then RunNode checks it instead of claiming)
 * @param steps the Lambda steps this lane execution took (past the budget the lane hands over to a fresh execution)
 * @param state START (a new lane), RUNNING (wait {@code waitSeconds}, then poll), DONE (the node's result is stored;
 *     claim the next), CLAIMED (the lane holds a node whose statement Glue throttled: wait, then start it), WAITING (no node ready, or the session is still starting: wait, then RunNode again), YIELD
 *     (the execution's budget is spent: the parent starts a fresh execution that goes on) or LANE_END (nothing left
 *     for this lane: its session is stopped)
 * @param startedAt epoch milliseconds the statement started, 0 when none runs
 * @param riders the nodes packed into the statement next to {@code nodeId} (shorter, with slack: {@code NodeService}),
 *     empty when it runs alone
 */
public record LaneStep(String runId, int lane, String sessionId, boolean sessionReady, int steps, String nodeId, String statementId, String state,
        int waitSeconds, long startedAt, List<String> riders) {
    public static final String START = "START";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String WAITING = "WAITING";
    public static final String CLAIMED = "CLAIMED";
    public static final String YIELD = "YIELD";
    public static final String LANE_END = "LANE_END";

    public LaneStep {
        requireNonNull(runId, "runId is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(state, "state is null");
        riders = riders == null ? List.of() : List.copyOf(riders);
    }

    /** A lane's first step, as Compile hands it to the state machine. */
    public static LaneStep start(String runId, int lane, String sessionId) {
        return new LaneStep(runId, lane, sessionId, false, 0, null, null, START, 0, 0, List.of());
    }

    public LaneStep running(int newSteps, String newNodeId, List<String> newRiders, String newStatementId, int newWaitSeconds, long newStartedAt) {
        return new LaneStep(runId, lane, sessionId, true, newSteps, newNodeId, newStatementId, RUNNING, newWaitSeconds, newStartedAt, newRiders);
    }

    public LaneStep polled(int newSteps, int newWaitSeconds) {
        return new LaneStep(runId, lane, sessionId, true, newSteps, nodeId, statementId, RUNNING, newWaitSeconds, startedAt, riders);
    }

    public LaneStep done(int newSteps, String newNodeId) {
        return new LaneStep(runId, lane, sessionId, true, newSteps, newNodeId, null, DONE, 0, 0, List.of());
    }

    /** The lane holds {@code newNodeId} and its riders, not started yet (Glue throttled RunStatement). */
    public LaneStep claimed(int newSteps, String newNodeId, List<String> newRiders, int newWaitSeconds) {
        return new LaneStep(runId, lane, sessionId, true, newSteps, newNodeId, null, CLAIMED, newWaitSeconds, 0, newRiders);
    }

    /** The session is still starting. */
    public LaneStep waitingForSession(int newSteps, int newWaitSeconds) {
        return new LaneStep(runId, lane, sessionId, false, newSteps, null, null, WAITING, newWaitSeconds, 0, List.of());
    }

    /** The session is READY, but no node is ready to claim. */
    public LaneStep idle(int newSteps, int newWaitSeconds) {
        return new LaneStep(runId, lane, sessionId, true, newSteps, null, null, WAITING, newWaitSeconds, 0, List.of());
    }

    public LaneStep yielded(int newSteps) {
        return new LaneStep(runId, lane, sessionId, sessionReady, newSteps, null, null, YIELD, 0, 0, List.of());
    }

    public LaneStep laneEnd(int newSteps) {
        return new LaneStep(runId, lane, sessionId, sessionReady, newSteps, null, null, LANE_END, 0, 0, List.of());
    }

    /** The steps taken including this one: a handed-over lane starts counting again. */
    public int nextSteps() {
        return YIELD.equals(state) ? 1 : steps + 1;
    }

    /** The wait this step came in with when it was idle, for the idle backoff; 0 otherwise. */
    public int idleWait() {
        return WAITING.equals(state) || CLAIMED.equals(state) ? waitSeconds : 0;
    }
}
