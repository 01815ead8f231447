package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gluedbt.compiler.engine.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCodeTest {
    @Test
    void payloadIsBase64JsonAndSqlNeverEntersTheCode() throws Exception {
        String sql = "select '''); import os; os.system(\"x\") #' as s";
        byte[] payload = StatementCode.payload(List.of(SqlStatement.run("create table t as select 1", "create"), SqlStatement.fetch(sql, "show", 5)));
        String code = StatementCode.code(StatementCode.inlineCall(payload), StatementCode.PreludeState.LOADED);
        assertThat(code).doesNotContain("import os").matches("_gluedbt_run\\('[A-Za-z0-9+/=]+'\\)\n");
        JsonNode statements = FakeGlue.payload(code);
        assertThat(statements.toString()).isEqualTo("[{\"sql\":\"create table t as select 1\",\"mode\":\"none\",\"limit\":0},"
                + "{\"sql\":\"select '''); import os; os.system(\\\"x\\\") #' as s\",\"mode\":\"rows\",\"limit\":5}]");
    }

    @Test
    void preludeRidesOnlyOnTheFirstStatementOfASession() {
        String call = StatementCode.inlineCall(StatementCode.payload(List.of(SqlStatement.run("select 1", "x"))));
        assertThat(StatementCode.code(call, StatementCode.PreludeState.NEEDED)).startsWith(StatementCode.PRELUDE).endsWith(call)
                .contains("if '_gluedbt_run' not in globals()");
        assertThat(StatementCode.code(call, StatementCode.PreludeState.LOADED)).isEqualTo(call);
    }

    @Test
    void largePayloadsDoNotFitAndAreStagedByLocation() {
        String big = "select '" + "x".repeat(StatementCode.CODE_LIMIT) + "'";
        String call = StatementCode.inlineCall(StatementCode.payload(List.of(SqlStatement.run(big, "big"))));
        assertThat(StatementCode.fits(call)).isFalse();
        String staged = StatementCode.stagedCall("s3://bucket/p/gluedbt/payloads/a.json");
        assertThat(staged).isEqualTo("_gluedbt_run_staged('czM6Ly9idWNrZXQvcC9nbHVlZGJ0L3BheWxvYWRzL2EuanNvbg==')\n");
        assertThat(StatementCode.fits(StatementCode.code(staged, StatementCode.PreludeState.NEEDED))).isTrue();
    }
}
