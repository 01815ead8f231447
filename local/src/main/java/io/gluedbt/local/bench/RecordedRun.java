package io.gluedbt.local.bench;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeStatements;
import java.util.List;

/**
 * The statements one {@code gluedbt run} sent to the engine, grouped into levels: the nodes of a level do not
 * depend on each other and may run at once (gluedbt ran them on up to {@code threads} threads); a level starts
 * when the previous one is done.
 *
 * @param selection the {@code -m} selection, e.g. {@code silver}
 */
record RecordedRun(String selection, int threads, List<List<NodeStatements>> levels) {
    RecordedRun {
        requireNonNull(selection, "selection is null");
        levels = levels.stream().map(List::copyOf).toList();
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    int statementCount() {
        return levels.stream().flatMap(List::stream).mapToInt(node -> node.statements().size()).sum();
    }
}
