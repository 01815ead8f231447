package io.gluedbt.compiler.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * dbt's ephemeral CTE injection ({@code inject_ctes_into_sql}), producing the same text as dbt-core.
 *
 * <p>When the statement's first significant token (after whitespace and comments) is {@code WITH}, the
 * CTEs go right after it (after {@code RECURSIVE} when present), joined by {@code ", "} and followed by
 * {@code ", "}. Otherwise {@code with} is inserted before the first non-whitespace token (comments stay
 * after it, as in dbt), followed by the joined CTEs and a space. A {@code WITH} nested in parentheses is
 * not the statement's, so it gets a new top-level {@code with}.
 *
 * <p>Unlike dbt (which keeps only the first sqlparse statement), text after a first statement is kept.
 */
public final class EphemeralInjector {
    private EphemeralInjector() {}

    /** {@code compiledSql} with {@code ctes} (already ordered and de-duplicated) prepended. */
    public static String inject(String compiledSql, List<Cte> ctes) {
        requireNonNull(compiledSql, "compiledSql is null");
        requireNonNull(ctes, "ctes is null");
        if (ctes.isEmpty()) {
            return compiledSql;
        }
        String joined = ctes.stream().map(Cte::injectedSql).collect(Collectors.joining(", "));
        List<Token> tokens = SqlTokenizer.tokenize(compiledSql);
        int insertAfterWith = withClauseEnd(tokens);
        if (insertAfterWith >= 0) {
            return compiledSql.substring(0, insertAfterWith) + joined + ", " + compiledSql.substring(insertAfterWith);
        }
        int firstNonWhitespace = firstNonWhitespaceOffset(tokens, compiledSql.length());
        return compiledSql.substring(0, firstNonWhitespace) + "with" + joined + " " + compiledSql.substring(firstNonWhitespace);
    }

    /** The offset just after the top-level {@code WITH} (or {@code WITH RECURSIVE}), or -1 when there is none. */
    private static int withClauseEnd(List<Token> tokens) {
        int index = nextSignificant(tokens, 0);
        if (index < 0 || !tokens.get(index).isKeyword("with")) {
            return -1;
        }
        int end = tokens.get(index).end();
        int following = nextSignificant(tokens, index + 1);
        if (following >= 0 && tokens.get(following).isKeyword("recursive")) {
            end = tokens.get(following).end();
        }
        return end;
    }

    private static int nextSignificant(List<Token> tokens, int from) {
        for (int index = from; index < tokens.size(); index++) {
            if (!tokens.get(index).type().isTrivia()) {
                return index;
            }
        }
        return -1;
    }

    private static int firstNonWhitespaceOffset(List<Token> tokens, int length) {
        for (Token token : tokens) {
            if (token.type() != TokenType.WHITESPACE) {
                return token.start();
            }
        }
        return length;
    }
}
