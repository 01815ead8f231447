package io.gluedbt.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {
    @Test
    void splitsOnTopLevelSemicolonsOnly() {
        String script = "insert into t values ('a;b', \"c;d\");\n-- x; y\n/* p; q */ select `e;f` from t ;\n\n";
        assertThat(SqlStatements.split(script)).containsExactly(
                "insert into t values ('a;b', \"c;d\")",
                "-- x; y\n/* p; q */ select `e;f` from t");
    }

    @Test
    void escapedQuotesDoNotEndTheString() {
        assertThat(SqlStatements.split("select 'it\\';s'; select 2"))
                .containsExactly("select 'it\\';s'", "select 2");
    }

    @Test
    void dropsEmptyAndCommentOnlyStatements() {
        assertThat(SqlStatements.split(";; -- only a comment\n; select 1")).containsExactly("select 1");
        assertThat(SqlStatements.split("  ")).isEmpty();
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertThat(SqlStatements.split("select 1;select 2")).containsExactly("select 1", "select 2");
    }

    @Test
    void stripTrailingSemicolonKeepsSemicolonsInStringsAndComments() {
        assertThat(SqlText.stripTrailingSemicolon("select ';' as x ; ;\n")).isEqualTo("select ';' as x");
        assertThat(SqlText.stripTrailingSemicolon("select 1; -- done;")).isEqualTo("select 1 -- done;");
        assertThat(SqlText.stripTrailingSemicolon("select 1")).isEqualTo("select 1");
        assertThat(SqlText.stripTrailingSemicolon("select 1; select 2;")).isEqualTo("select 1; select 2");
    }
}
