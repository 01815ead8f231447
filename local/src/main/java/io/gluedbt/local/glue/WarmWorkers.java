package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Python workers started ahead of any session ({@link LocalGlueEndpoint#prewarm}), attached to the SparkContext
 * and waiting for their session. CreateSession takes one while any is left; none is started in the background.
 * Thread-safe.
 */
final class WarmWorkers implements AutoCloseable {
    private final PythonRuntime runtime;
    private final Deque<PythonWorker> ready = new ArrayDeque<>();
    private final List<PythonWorker> starting = new ArrayList<>();
    private int started;
    private boolean closed;

    WarmWorkers(PythonRuntime runtime) {
        this.runtime = requireNonNull(runtime, "runtime is null");
    }

    /** Starts {@code count} workers at once and blocks until every one is attached; then they are available. */
    void prewarm(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<PythonWorker> started = new ArrayList<>();
        try {
            for (int index = 0; index < count; index++) {
                started.add(starting(PythonWorker.startWarm(runtime, nextNumber())));
            }
            for (PythonWorker worker : started) {
                worker.awaitReady();
            }
        } catch (IOException | RuntimeException exception) {
            started.forEach(this::abandon);
            throw exception instanceof IOException io
                    ? new UncheckedIOException("cannot start " + count + " warm Python workers: " + io.getMessage(), io)
                    : (RuntimeException) exception;
        }
        List<PythonWorker> refused = new ArrayList<>();
        synchronized (this) {
            starting.removeAll(started);
            if (closed) {
                refused.addAll(started);
            } else {
                ready.addAll(started);
            }
        }
        refused.forEach(PythonWorker::close);
    }

    /** A warm worker, if one is left. */
    synchronized Optional<PythonWorker> take() {
        return Optional.ofNullable(ready.pollFirst());
    }

    /** Workers not yet handed out. */
    synchronized int available() {
        return ready.size();
    }

    /** Ends every worker never handed out; later prewarmed workers are ended at once. */
    @Override
    public void close() {
        List<PythonWorker> remaining;
        synchronized (this) {
            closed = true;
            remaining = new ArrayList<>(ready);
            ready.clear();
        }
        remaining.forEach(PythonWorker::endInput);
        remaining.forEach(PythonWorker::close);
    }

    /** Kills every worker not yet handed out, or still starting, at once (JVM shutdown). */
    synchronized void kill() {
        ready.forEach(PythonWorker::kill);
        starting.forEach(PythonWorker::kill);
    }

    private synchronized PythonWorker starting(PythonWorker worker) {
        starting.add(worker);
        return worker;
    }

    private void abandon(PythonWorker worker) {
        synchronized (this) {
            starting.remove(worker);
        }
        worker.close();
    }

    private synchronized int nextNumber() {
        return ++started;
    }
}
