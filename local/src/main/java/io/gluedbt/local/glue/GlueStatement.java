package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One statement of a session and its state (guarded by the owning {@link GlueSession}'s lock). */
final class GlueStatement {
    enum State { WAITING, RUNNING, AVAILABLE, CANCELLING, CANCELLED, ERROR }

    private final int id;
    private final String code;
    private State state = State.WAITING;
    private WorkerReply reply;
    private long startedOn;
    private long completedOn;

    GlueStatement(int id, String code) {
        this.id = id;
        this.code = requireNonNull(code, "code is null");
    }

    int id() {
        return id;
    }

    String code() {
        return code;
    }

    long startedOnMillis() {
        return startedOn;
    }

    long completedOnMillis() {
        return completedOn;
    }

    State state() {
        return state;
    }

    boolean isFinished() {
        return state == State.AVAILABLE || state == State.CANCELLED || state == State.ERROR;
    }

    void started(long epochMillis) {
        if (state == State.WAITING) {
            state = State.RUNNING;
        }
        startedOn = epochMillis;
    }

    void cancelling() {
        state = State.CANCELLING;
    }

    /** Ends the statement with {@code workerReply}: CANCELLED if a cancel came first, else AVAILABLE. */
    void finished(WorkerReply workerReply, long epochMillis) {
        reply = requireNonNull(workerReply, "workerReply is null");
        state = state == State.CANCELLING ? State.CANCELLED : State.AVAILABLE;
        completedOn = epochMillis;
    }

    /** Ends the statement in ERROR: the worker itself failed. */
    void failed(WorkerReply workerReply, long epochMillis) {
        reply = requireNonNull(workerReply, "workerReply is null");
        state = State.ERROR;
        completedOn = epochMillis;
    }

    /** The Glue {@code Statement} structure. */
    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("Id", id);
        node.put("Code", code);
        node.put("State", state.name());
        if (reply != null) {
            ObjectNode output = node.putObject("Output");
            output.putObject("Data").put("TextPlain", reply.text());
            output.put("ExecutionCount", id);
            output.put("Status", reply.succeeded() ? "ok" : "error");
            if (!reply.succeeded()) {
                output.put("ErrorName", reply.errorName());
                output.put("ErrorValue", reply.errorValue());
                reply.traceback().forEach(output.putArray("Traceback")::add);
            }
        }
        node.put("Progress", isFinished() ? 1.0 : 0.0);
        if (startedOn > 0) {
            node.put("StartedOn", startedOn);
        }
        if (completedOn > 0) {
            node.put("CompletedOn", completedOn);
        }
        return node;
    }
}
