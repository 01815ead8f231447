package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.glue.model.GlueException;

class GlueStatementsTest extends FakeGlueTest {
    private static final String EMPTY = "{\"rows_affected\":-1,\"columns\":[],\"types\":[],\"rows\":[]}";
    /** Two nodes' line, in another order than asked: model.p.b failed at its second statement. */
    private static final String TWO_NODES = "GLUEDBT_RESULTS {\"nodes\":[{\"id\":\"model.p.b\",\"results\":[{\"rows_affected\":4,\"columns\":[],"
            + "\"types\":[],\"rows\":[]}],\"failure\":{\"failed_index\":1,\"error_class\":\"TABLE_OR_VIEW_NOT_FOUND\",\"message\":\"nope\","
            + "\"traceback\":\"Traceback\"},\"seconds\":0.25},{\"id\":\"model.p.a\",\"results\":[" + EMPTY + "],\"failure\":null,\"seconds\":1.5}]}";

    private static final String SINGLE_CODE = StatementCode.code(StatementCode.inlineCall(StatementCode.payload(List.of(SqlStatement.run("select 1",
            "build")))), StatementCode.PreludeState.NEEDED);



    private GlueStatements statements(Map<String, Object> extra) {
        Map<String, Object> values = FakeGlue.glueTarget();
        values.putAll(extra);
        return GlueStatements.of(GlueSettings.fromTarget(new Target("taxi", "dev", "glue", "analytics", null, 2, values, "profiles.yml", Map.of())),
                clients, FAST);
    }

    private static NodeStatements node(String id, String sql) {
        return new NodeStatements(id, List.of(SqlStatement.run(sql, "build")));
    }

    /** GetStatement answers {@code state} with the given Output, started at 1.0 s and completed at 3.5 s. */
    private void statementAnswers(String state, String output) {
        glue.overrides.put("GetStatement", body -> "{\"Statement\":{\"Id\":" + body.path("Id").asInt() + ",\"State\":\"" + state
                + "\",\"StartedOn\":1000,\"CompletedOn\":3500" + (output == null ? "" : ",\"Output\":" + output) + "}}");
    }

    private static String textOutput(String text) {
        return "{\"Status\":\"ok\",\"Data\":{\"TextPlain\":" + FakeGlue.JSON.valueToTree(text) + "}}";
    }

    @Test
    void severalNodesRunAsOneStatementAndEachGetsItsOwnResultAndSeconds() throws Exception {
        GlueStatements statements = statements(Map.of());
        String id = statements.start("s1", List.of(node("model.p.a", "create table a as select 1"), node("model.p.b", "insert into b select 2")));
        assertThat(glue.codes).hasSize(1);
        String code = glue.codes.get(0);
        assertThat(code).startsWith(StatementCode.PRELUDE).contains("\n_gluedbt_run_many('");
        assertThat(FakeGlue.manyPayload(code).toString()).isEqualTo("{\"nodes\":[{\"id\":\"model.p.a\",\"statements\":[{\"sql\":"
                + "\"create table a as select 1\",\"mode\":\"none\",\"limit\":0}]},{\"id\":\"model.p.b\",\"statements\":[{\"sql\":"
                + "\"insert into b select 2\",\"mode\":\"none\",\"limit\":0}]}]}");
        statementAnswers("AVAILABLE", textOutput("log line\n" + TWO_NODES + "\n"));
        List<NodeResult> results = statements.poll("s1", id, List.of("model.p.a", "model.p.b")).orElseThrow();
        assertThat(results).extracting(NodeResult::nodeId).containsExactly("model.p.a", "model.p.b");
        assertThat(results.get(0).succeeded()).isTrue();
        assertThat(results.get(0).outcomes()).hasSize(1);
        assertThat(results.get(0).seconds()).isEqualTo(1.5);
        assertThat(results.get(1).outcomes().get(0).rowsAffected()).isEqualTo(4);
        assertThat(results.get(1).failure()).contains(new StatementFailure(1, "TABLE_OR_VIEW_NOT_FOUND", "nope"));
        assertThat(results.get(1).seconds()).isEqualTo(0.25);
    }

    @Test
    void aListOfOneNodeIsTheSingleNodePath() {
        GlueStatements statements = statements(Map.of());
        statements.start("s1", node("model.p.a", "select 1"));
        String id = statements.start("s1", List.of(node("model.p.a", "select 1")));
        assertThat(glue.codes).containsExactly(SINGLE_CODE, SINGLE_CODE);
        statementAnswers("AVAILABLE", textOutput("GLUEDBT_RESULT {\"results\":[" + EMPTY + "],\"failure\":null}"));
        assertThat(statements.poll("s1", id, List.of("model.p.a")).orElseThrow())
                .containsExactly(new NodeResult("model.p.a", List.of(new StatementOutcome(-1, List.of(), List.of())),
                        Optional.empty(), 2.5));
        assertThat(statements.poll("s1", id).orElseThrow().nodeId()).isEqualTo(id);
    }

    @Test
    void aRunningStatementHasNoResultsYet() {
        statementAnswers("RUNNING", null);
        assertThat(statements(Map.of()).poll("s1", "7", List.of("model.p.a", "model.p.b"))).isEmpty();
    }

    @Test
    void aFailedStatementFailsEveryNodeWithTheStatementsTime() {
        statementAnswers("ERROR", "{\"Status\":\"error\",\"ErrorName\":\"Py4JError\",\"ErrorValue\":\"the JVM went away\"}");
        List<NodeResult> results = statements(Map.of()).poll("s1", "7", List.of("model.p.a", "model.p.b")).orElseThrow();
        assertThat(results).containsExactly(
                new NodeResult("model.p.a", List.of(), Optional.of(new StatementFailure(0, "Py4JError", "the JVM went away")), 2.5),
                new NodeResult("model.p.b", List.of(), Optional.of(new StatementFailure(0, "Py4JError", "the JVM went away")), 2.5));
    }

    @Test
    void aMissingResultLineOrNodeIsAProtocolErrorForEveryNode() {
        GlueStatements statements = statements(Map.of());
        statementAnswers("AVAILABLE", textOutput("NameError: name '_gluedbt_run_many' is not defined"));
        assertThat(statements.poll("s1", "7", List.of("model.p.a", "model.p.b")).orElseThrow()).extracting(NodeResult::failure)
                .containsOnly(Optional.of(new StatementFailure(0, "GluedbtProtocolError",
                        "the Glue statement printed no GLUEDBT_RESULTS line; its output: NameError: name '_gluedbt_run_many' is not defined")));
        statementAnswers("AVAILABLE", textOutput(TWO_NODES));
        List<NodeResult> results = statements.poll("s1", "7", List.of("model.p.a", "model.p.c")).orElseThrow();
        assertThat(results).extracting(NodeResult::nodeId).containsExactly("model.p.a", "model.p.c");
        assertThat(results).extracting(NodeResult::seconds).containsOnly(2.5);
        assertThat(results).extracting(result -> result.failure().orElseThrow().message())
                .containsOnly("the GLUEDBT_RESULTS line has no result for node model.p.c; its output: " + TWO_NODES);
    }

    @Test
    void aLostSessionFailsEveryNode() {
        glue.overrides.put("GetStatement", body -> FakeGlue.error("EntityNotFoundException", "Session s1 not found"));
        List<NodeResult> results = statements(Map.of()).poll("s1", "7", List.of("model.p.a", "model.p.b")).orElseThrow();
        assertThat(results).extracting(NodeResult::nodeId).containsExactly("model.p.a", "model.p.b");
        assertThat(results).extracting(result -> result.failure().orElseThrow().errorClass()).containsOnly("GlueSessionLost");
        assertThat(results).extracting(result -> result.failure().orElseThrow().message()).allMatch(message -> message.startsWith("Glue session s1 is gone: "));
        assertThat(results).extracting(NodeResult::seconds).containsOnly(0.0);
    }

    @Test
    void severalNodesPastTheCodeLimitAreStagedUnderTheSession() throws Exception {
        String big = "select '" + "x".repeat(StatementCode.CODE_LIMIT) + "'";
        List<NodeStatements> nodes = List.of(node("model.p.a", big), node("model.p.b", "select 2"));
        statements(Map.of("location", "s3://lake/warehouse")).start("s1", nodes);
        assertThat(glue.objects).hasSize(1);
        String path = glue.objects.keySet().iterator().next();
        assertThat(path).matches("/lake/warehouse/gluedbt/payloads/s1/[0-9a-f-]{36}\\.json");
        assertThat(new String(glue.objects.get(path), StandardCharsets.UTF_8)).isEqualTo(new String(StatementCode.manyPayload(nodes), StandardCharsets.UTF_8));
        assertThat(glue.codes).containsExactly(StatementCode.code(StatementCode.stagedManyCall("s3:/" + path), StatementCode.PreludeState.NEEDED));
    }

    @Test
    void nodeIdsMustBeGivenAndMustNotRepeat() {
        GlueStatements statements = statements(Map.of());
        assertThatThrownBy(() -> statements.start("s1", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a statement runs at least one node");
        assertThatThrownBy(() -> statements.start("s1", List.of(node("model.p.a", "select 1"), node("model.p.a", "select 2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("node ids repeat in one statement: [model.p.a, model.p.a]");
        assertThat(glue.calls("RunStatement")).isEmpty();
    }

    private static GlueException glueError(String code, int status) {
        return (GlueException) GlueException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("no").build()).build();
    }

    @Test
    void throttlingAndQuotaErrorsAreThrottledAlsoWhenWrapped() {
        assertThat(GlueStatements.throttled(glueError("ThrottlingException", 400))).isTrue();
        assertThat(GlueStatements.throttled(glueError("ConcurrentRunsExceededException", 400))).isTrue();
        assertThat(GlueStatements.throttled(new GluedbtException(ErrorCode.GLUE_API_FAILED, "RunStatement failed after 9 attempts (throttled)",
                glueError("ResourceNumberLimitExceededException", 400)))).isTrue();
    }

    @Test
    void otherErrorsAreNot() {
        assertThat(GlueStatements.throttled(glueError("EntityNotFoundException", 400))).isFalse();
        assertThat(GlueStatements.throttled(new IllegalStateException("boom"))).isFalse();
    }
}
