package io.gluedbt.compiler.api;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.run.FailurePolicy;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunListener;

/** What to execute: the command (run, seed, test, build, snapshot), the selection, and how. */
public record RunRequest(RunCommand command, SelectionRequest selection, RunMode mode, int threads, FailurePolicy failurePolicy, RunListener listener) {
    public RunRequest {
        requireNonNull(command, "command is null");
        requireNonNull(selection, "selection is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(failurePolicy, "failurePolicy is null");
        requireNonNull(listener, "listener is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public static RunRequest of(RunCommand command, SelectionRequest selection) {
        return new RunRequest(command, selection, RunMode.INCREMENTAL, 1, FailurePolicy.CONTINUE, RunListener.silent());
    }

    public RunRequest withMode(RunMode newMode) {
        return new RunRequest(command, selection, newMode, threads, failurePolicy, listener);
    }

    public RunRequest withThreads(int newThreads) {
        return new RunRequest(command, selection, mode, newThreads, failurePolicy, listener);
    }
}
