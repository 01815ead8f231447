package io.gluedbt.compiler.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The ordered statements that build (or test) one node. */
public record NodeStatements(String nodeId, List<SqlStatement> statements) {
    public NodeStatements {
        requireNonNull(nodeId, "nodeId is null");
        statements = List.copyOf(statements);
    }
}
