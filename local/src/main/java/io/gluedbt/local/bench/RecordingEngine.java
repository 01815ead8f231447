package io.gluedbt.local.bench;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Engine} decorator that records every statement batch the run loop sends (with its timing) and
 * times every catalog question ({@link TimingCatalogView}). Schema creation goes through the interface's
 * default {@code ensureSchemas}, i.e. through {@link #execute}, so it is recorded too. Closing does not close
 * the delegate: the benchmark owns the SparkSession.
 */
final class RecordingEngine implements Engine {
    private final Engine delegate;
    private final TimingCatalogView catalog;
    private final List<RecordedCall> calls = new ArrayList<>();

    RecordingEngine(Engine delegate) {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.catalog = new TimingCatalogView(delegate.catalog());
    }

    @Override
    public CatalogView catalog() {
        return catalog;
    }

    TimingCatalogView timingCatalog() {
        return catalog;
    }

    @Override
    public NodeResult execute(NodeStatements statements) {
        long started = System.nanoTime();
        NodeResult result = delegate.execute(statements);
        long finished = System.nanoTime();
        synchronized (calls) {
            calls.add(new RecordedCall(statements, Thread.currentThread().getName(), started, finished));
        }
        return result;
    }

    /** The calls so far, in the order they finished. */
    List<RecordedCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    @Override
    public String describe() {
        return "recording " + delegate.describe();
    }

    @Override
    public void close() {
        // the benchmark stops the SparkSession itself
    }
}
