package io.gluedbt.compiler.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** The outcomes of the statements that ran, and the failure that stopped the node, if any. */
public record NodeResult(String nodeId, List<StatementOutcome> outcomes, Optional<StatementFailure> failure, double seconds) {
    public NodeResult {
        requireNonNull(nodeId, "nodeId is null");
        outcomes = List.copyOf(outcomes);
        requireNonNull(failure, "failure is null");
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
