package io.gluedbt.compiler.engine;

import static java.util.Objects.requireNonNull;

/**
 * The statement that failed: its index in the node's statements, the engine's error class
 * (Spark's {@code AnalysisException} / error class, Glue's error name) and message (with traceback when any).
 */
public record StatementFailure(int statementIndex, String errorClass, String message) {
    public StatementFailure {
        requireNonNull(errorClass, "errorClass is null");
        requireNonNull(message, "message is null");
    }
}
