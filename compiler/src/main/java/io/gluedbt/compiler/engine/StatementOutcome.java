package io.gluedbt.compiler.engine;

import java.util.List;

/**
 * What one statement did: rows affected when the engine knows (-1 otherwise), and for ROWS statements
 * the column names and the first rows.
 */
public record StatementOutcome(long rowsAffected, List<String> columns, List<List<Object>> rows) {
    public StatementOutcome {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }

    public static StatementOutcome done(long rowsAffected) {
        return new StatementOutcome(rowsAffected, List.of(), List.of());
    }
}
