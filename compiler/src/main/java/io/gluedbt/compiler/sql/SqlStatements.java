package io.gluedbt.compiler.sql;

import java.util.ArrayList;
import java.util.List;

/** Splits SQL scripts (hooks, {@code run_query} bodies, seeds' DDL) into statements. */
public final class SqlStatements {
    private SqlStatements() {}

    /**
     * The statements of {@code sql}, split on semicolons that are outside strings, quoted identifiers,
     * comments and parentheses. Each statement is trimmed and has no terminating semicolon; statements
     * that hold only whitespace and comments are dropped.
     */
    public static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        int statementStart = 0;
        boolean significant = false;
        for (Token token : SqlTokenizer.tokenize(sql)) {
            if (token.type() == TokenType.SEMICOLON && token.depth() == 0) {
                addIfSignificant(statements, sql.substring(statementStart, token.start()), significant);
                statementStart = token.end();
                significant = false;
            } else if (!token.type().isTrivia()) {
                significant = true;
            }
        }
        addIfSignificant(statements, sql.substring(statementStart), significant);
        return List.copyOf(statements);
    }

    private static void addIfSignificant(List<String> statements, String statement, boolean significant) {
        if (significant) {
            statements.add(statement.strip());
        }
    }
}
