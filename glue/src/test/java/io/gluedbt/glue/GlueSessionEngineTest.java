package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.project.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlueSessionEngineTest extends FakeGlueTest {
    private static final String OK = "GLUEDBT_RESULT {\"results\":[{\"rows_affected\":-1,\"columns\":[],\"types\":[],\"rows\":[]}],\"failure\":null}";



    private GlueSettings settings(int threads, Map<String, Object> extra) {
        Map<String, Object> values = FakeGlue.glueTarget();
        values.putAll(extra);
        return GlueSettings.fromTarget(new Target("taxi", "dev", "glue", "analytics", null, threads, values, "profiles.yml", Map.of()));
    }

    private static NodeStatements node(String id) {
        return new NodeStatements(id, List.of(SqlStatement.run("create table t as select 1", "create")));
    }

    @Test
    void poolCreatesSessionsAsDbtGlueDoesAndStopsThemOnClose() {
        GlueSessionEngine engine = GlueSessionEngine.open(settings(2, Map.of("conf", "spark.a=1", "tags", "team=data", "connections", "vpc")), clients, FAST);
        glue.statements = code -> OK;
        assertThat(engine.execute(node("model.p.a")).succeeded()).isTrue();
        assertThat(engine.execute(node("model.p.b")).succeeded()).isTrue();
        JsonNode create = glue.lastRequest.get("CreateSession");
        assertThat(create.path("Id").asText()).startsWith("gluedbt-");
        assertThat(create.path("Role").asText()).isEqualTo("arn:aws:iam::123456789012:role/GlueInteractiveSessionRole");
        assertThat(create.path("Command").toString()).isEqualTo("{\"Name\":\"glueetl\",\"PythonVersion\":\"3\"}");
        assertThat(create.path("GlueVersion").asText()).isEqualTo("5.0");
        assertThat(create.path("NumberOfWorkers").asInt()).isEqualTo(5);
        assertThat(create.path("WorkerType").asText()).isEqualTo("G.1X");
        assertThat(create.path("IdleTimeout").asInt()).isEqualTo(10);
        assertThat(create.path("Timeout").asInt()).isEqualTo(300);
        assertThat(create.path("RequestOrigin").asText()).isEqualTo("gluedbt");
        assertThat(create.path("DefaultArguments").toString()).isEqualTo("{\"--enable-glue-datacatalog\":\"true\",\"--conf\":\"spark.a=1\"}");
        assertThat(create.path("Tags").toString()).isEqualTo("{\"team\":\"data\"}");
        assertThat(create.path("Connections").toString()).isEqualTo("{\"Connections\":[\"vpc\"]}");
        assertThat(glue.calls("CreateSession")).hasSize(2);
        List<String> created = engine.createdSessionIds();
        engine.close();
        engine.close();
        assertThat(glue.calls("StopSession")).hasSize(2);
        assertThat(created).hasSize(2).allSatisfy(id -> assertThat(glue.sessionStatus).doesNotContainKey(id));
    }

    @Test
    void preludeIsSentOncePerSessionAndEachNodeIsOneRunStatement() throws Exception {
        glue.statements = code -> OK;
        try (GlueSessionEngine engine = GlueSessionEngine.open(settings(1, Map.of()), clients, FAST)) {
            engine.execute(node("model.p.a"));
            engine.execute(new NodeStatements("model.p.b", List.of(SqlStatement.run("drop table x", "drop"), SqlStatement.fetch("select 1", "show", 3))));
        }
        assertThat(glue.calls("RunStatement")).hasSize(2);
        assertThat(glue.codes.get(0)).startsWith(StatementCode.PRELUDE);
        assertThat(glue.codes.get(1)).startsWith("_gluedbt_run('");
        assertThat(FakeGlue.payload(glue.codes.get(1)).toString())
                .isEqualTo("[{\"sql\":\"drop table x\",\"mode\":\"none\",\"limit\":0},{\"sql\":\"select 1\",\"mode\":\"rows\",\"limit\":3}]");
    }

    @Test
    void statementFailureAndMissingResultLineFailTheNode() {
        try (GlueSessionEngine engine = GlueSessionEngine.open(settings(1, Map.of()), clients, FAST)) {
            glue.statements = code -> "GLUEDBT_RESULT {\"results\":[],\"failure\":{\"failed_index\":0,\"error_class\":\"PARSE_SYNTAX_ERROR\","
                    + "\"message\":\"[PARSE_SYNTAX_ERROR] Syntax error at or near 'selec'\",\"traceback\":\"\"}}";
            NodeResult failed = engine.execute(node("model.p.a"));
            assertThat(failed.failure()).contains(new StatementFailure(0, "PARSE_SYNTAX_ERROR", "[PARSE_SYNTAX_ERROR] Syntax error at or near 'selec'"));
            glue.statements = code -> "NameError: name 'spark' is not defined";
            NodeResult broken = engine.execute(node("model.p.b"));
            assertThat(broken.failure().orElseThrow().errorClass()).isEqualTo("GluedbtProtocolError");
            assertThat(broken.failure().orElseThrow().message())
                    .isEqualTo("the Glue statement printed no GLUEDBT_RESULT line; its output: NameError: name 'spark' is not defined");
            assertThat(glue.codes.get(1)).startsWith("_gluedbt_run('");
            glue.statements = code -> OK;
            assertThat(engine.execute(node("model.p.c")).succeeded()).isTrue();
            assertThat(glue.codes.get(2)).startsWith(StatementCode.PRELUDE);
        }
    }

    @Test
    void throttledPollsAreRetriedThenReportedClearly() {
        glue.statements = code -> OK;
        try (GlueSessionEngine engine = GlueSessionEngine.open(settings(1, Map.of()), clients, FAST)) {
            assertThat(engine.execute(node("model.p.warm")).succeeded()).isTrue();
            glue.throttleNext.set(2);
            assertThat(engine.execute(node("model.p.a")).succeeded()).isTrue();
            glue.overrides.put("GetStatement", body -> FakeGlue.error("ThrottlingException", "Rate exceeded"));
            NodeResult result = engine.execute(node("model.p.b"));
            assertThat(result.failure().orElseThrow().errorClass()).isEqualTo("GlueApiError");
            assertThat(result.failure().orElseThrow().message()).startsWith("GetStatement 3 on gluedbt-")
                    .endsWith(" failed after 4 attempts (throttled): ThrottlingException: Rate exceeded");
        }
    }

    @Test
    void sessionThatDiesMidRunFailsTheNodeAndIsReplaced() {
        glue.statements = code -> OK;
        try (GlueSessionEngine engine = GlueSessionEngine.open(settings(1, Map.of()), clients, FAST)) {
            assertThat(engine.execute(node("model.p.a")).succeeded()).isTrue();
            String first = engine.createdSessionIds().get(0);
            glue.sessionStatus.put(first, "TIMEOUT");
            glue.overrides.put("RunStatement", body -> FakeGlue.error("IllegalSessionStateException", "Session is not ready"));
            NodeResult lost = engine.execute(node("model.p.b"));
            assertThat(lost.failure().orElseThrow().errorClass()).isEqualTo("GlueSessionLost");
            assertThat(lost.failure().orElseThrow().message())
                    .isEqualTo("Glue session " + first + " is TIMEOUT: IllegalSessionStateException: Session is not ready");
            glue.overrides.remove("RunStatement");
            assertThat(engine.execute(node("model.p.c")).succeeded()).isTrue();
            assertThat(engine.createdSessionIds()).hasSize(2);
            assertThat(glue.codes.get(glue.codes.size() - 1)).startsWith(StatementCode.PRELUDE);
        }
    }

    @Test
    void failedSessionIsReportedWithGluesErrorMessageAndStillStopped() {
        glue.overrides.put("GetSession", body -> "{\"Session\":{\"Id\":\"" + body.path("Id").asText() + "\",\"Status\":\"FAILED\",\"ErrorMessage\":\"Role cannot be assumed\"}}");
        GlueSessionEngine engine = GlueSessionEngine.open(settings(1, Map.of()), clients, FAST);
        NodeResult result = engine.execute(node("model.p.a"));
        assertThat(result.failure().orElseThrow().errorClass()).isEqualTo("GlueSessionUnavailable");
        assertThat(result.failure().orElseThrow().message()).matches(
                "no Glue session is available: Glue session gluedbt-[0-9a-f-]+ is FAILED instead of READY: Role cannot be assumed");
        engine.close();
        assertThat(glue.calls("StopSession")).hasSize(1);
    }

    @Test
    void reusedSessionsAreTakenOverRecreatedWhenDeadAndLeftRunning() {
        glue.sessionStatus.put("nightly", "READY");
        glue.sessionStatus.put("nightly-2", "STOPPED");
        glue.statements = code -> OK;
        try (GlueSessionEngine engine = GlueSessionEngine.open(settings(2, Map.of("glue_session_id", "nightly", "glue_session_reuse", true)), clients, FAST)) {
            assertThat(engine.execute(node("model.p.a")).succeeded()).isTrue();
            assertThat(engine.execute(node("model.p.b")).succeeded()).isTrue();
        }
        assertThat(glue.calls("DeleteSession")).hasSize(1);
        assertThat(glue.lastRequest.get("DeleteSession").path("Id").asText()).isEqualTo("nightly-2");
        assertThat(glue.lastRequest.get("CreateSession").path("Id").asText()).isEqualTo("nightly-2");
        assertThat(glue.calls("StopSession")).isEmpty();
        assertThat(glue.sessionStatus).containsEntry("nightly", "READY");
        // the recreated session is left running; whether the engine saw it READY depends on which session took node b
        assertThat(glue.sessionStatus.get("nightly-2")).as("left running, not stopped").isIn("PROVISIONING", "READY");
    }

    @Test
    void createRacingAnotherProcessWaitsForThatSession() {
        glue.sessionStatus.put("shared", "PROVISIONING");
        glue.overrides.put("GetSession", new java.util.function.Function<>() {
            private int calls;

            @Override
            public synchronized String apply(JsonNode body) {
                calls++;
                if (calls == 1) {
                    return FakeGlue.error("EntityNotFoundException", "not yet");
                }
                return "{\"Session\":{\"Id\":\"shared\",\"Status\":\"" + (calls < 3 ? "PROVISIONING" : "READY") + "\"}}";
            }
        });
        glue.statements = code -> OK;
        try (GlueSessionEngine engine = GlueSessionEngine.open(settings(1, Map.of("glue_session_id", "shared", "glue_session_reuse", "true")), clients, FAST)) {
            assertThat(engine.execute(node("model.p.a")).succeeded()).isTrue();
        }
        assertThat(glue.calls("CreateSession")).hasSize(1);
        assertThat(glue.calls("DeleteSession")).isEmpty();
    }

    @Test
    void ensureSchemasUsesTheCatalogApiWithTheLocation() {
        try (GlueSessionEngine engine = GlueSessionEngine.open(settings(1, Map.of("location", "s3://lake/warehouse")), clients, FAST)) {
            engine.ensureSchemas(List.of("silver", "gold"));
            assertThat(engine.describe()).isEqualTo("AWS Glue 5.0 interactive sessions in us-east-1, pool of 1 x 5 G.1X");
        }
        assertThat(glue.calls("CreateDatabase")).hasSize(2);
        assertThat(glue.lastRequest.get("CreateDatabase").path("DatabaseInput").toString())
                .isEqualTo("{\"Name\":\"silver\",\"LocationUri\":\"s3://lake/warehouse/silver\"}");
        assertThat(glue.calls("RunStatement")).isEmpty();
    }
}
