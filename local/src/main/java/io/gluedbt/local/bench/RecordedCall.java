package io.gluedbt.local.bench;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeStatements;

/**
 * One {@code Engine.execute} call seen by {@link RecordingEngine}: what ran, on which thread, and when
 * ({@link System#nanoTime()} at entry and exit).
 */
record RecordedCall(NodeStatements statements, String thread, long startedNanos, long finishedNanos) {
    RecordedCall {
        requireNonNull(statements, "statements is null");
        requireNonNull(thread, "thread is null");
    }
}
