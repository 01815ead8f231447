package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one statement's code produced: captured stdout, and for a failure the exception's name, value and
 * traceback lines.
 */
record WorkerReply(boolean succeeded, String text, String errorName, String errorValue, List<String> traceback) {
    WorkerReply {
        requireNonNull(text, "text is null");
        requireNonNull(errorName, "errorName is null");
        requireNonNull(errorValue, "errorValue is null");
        traceback = List.copyOf(traceback);
    }

    static WorkerReply ok(String text) {
        return new WorkerReply(true, text, "", "", List.of());
    }

    static WorkerReply error(String text, String errorName, String errorValue, List<String> traceback) {
        return new WorkerReply(false, text, errorName, errorValue, traceback);
    }
}
