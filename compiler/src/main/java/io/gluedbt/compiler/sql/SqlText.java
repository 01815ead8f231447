package io.gluedbt.compiler.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Small, token-aware edits of SQL text. */
public final class SqlText {
    private SqlText() {}

    /**
     * {@code sql} without its trailing statement terminators: every semicolon after the last significant
     * token is removed (comments after it are kept), then trailing whitespace is stripped. Semicolons in
     * strings or comments are never touched.
     */
    public static String stripTrailingSemicolon(String sql) {
        requireNonNull(sql, "sql is null");
        List<Token> tokens = SqlTokenizer.tokenize(sql);
        StringBuilder kept = new StringBuilder(sql.length());
        int lastSignificant = -1;
        for (int index = tokens.size() - 1; index >= 0; index--) {
            TokenType type = tokens.get(index).type();
            if (type != TokenType.SEMICOLON && !type.isTrivia()) {
                lastSignificant = index;
                break;
            }
        }
        for (int index = 0; index < tokens.size(); index++) {
            Token token = tokens.get(index);
            if (index > lastSignificant && token.type() == TokenType.SEMICOLON) {
                continue;
            }
            kept.append(token.text());
        }
        return kept.toString().stripTrailing();
    }
}
