package io.gluedbt.compiler.engine;

import static java.util.Objects.requireNonNull;

/**
 * One SQL statement of a node's plan.
 *
 * @param purpose what it does, for logs and failure messages ("create table", "merge", "pre-hook 1", ...)
 * @param rowLimit the most rows to return when {@code resultMode} is ROWS
 */
public record SqlStatement(String sql, String purpose, ResultMode resultMode, int rowLimit) {
    public SqlStatement {
        requireNonNull(sql, "sql is null");
        requireNonNull(purpose, "purpose is null");
        requireNonNull(resultMode, "resultMode is null");
    }

    public static SqlStatement run(String sql, String purpose) {
        return new SqlStatement(sql, purpose, ResultMode.NONE, 0);
    }

    public static SqlStatement fetch(String sql, String purpose, int rowLimit) {
        return new SqlStatement(sql, purpose, ResultMode.ROWS, rowLimit);
    }
}
