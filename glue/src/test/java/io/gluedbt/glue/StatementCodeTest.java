package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gluedbt.compiler.engine.NodeStatements;
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

    @Test
    void severalNodesTravelAsOnePayloadInTheirOrder() throws Exception {
        byte[] payload = StatementCode.manyPayload(List.of(new NodeStatements("model.p.z", List.of(SqlStatement.run("select ')'); x", "z"))),
                new NodeStatements("model.p.a", List.of(SqlStatement.fetch("select 1", "show", 3), SqlStatement.run("select 2", "x")))));
        String call = StatementCode.inlineManyCall(payload);
        assertThat(call).matches("_gluedbt_run_many\\('[A-Za-z0-9+/=]+'\\)\n");
        assertThat(FakeGlue.manyPayload(call).toString()).isEqualTo("{\"nodes\":[{\"id\":\"model.p.z\",\"statements\":[{\"sql\":\"select ')'); x\","
                + "\"mode\":\"none\",\"limit\":0}]},{\"id\":\"model.p.a\",\"statements\":[{\"sql\":\"select 1\",\"mode\":\"rows\",\"limit\":3},"
                + "{\"sql\":\"select 2\",\"mode\":\"none\",\"limit\":0}]}]}");
        assertThat(StatementCode.stagedManyCall("s3://bucket/p/gluedbt/payloads/a.json"))
                .isEqualTo("_gluedbt_run_many_staged('czM6Ly9idWNrZXQvcC9nbHVlZGJ0L3BheWxvYWRzL2EuanNvbg==')\n");
    }
}
