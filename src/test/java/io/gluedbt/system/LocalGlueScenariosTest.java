package io.gluedbt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.functions.pipeline.PipelineSettings;
import io.gluedbt.local.data.NycTaxiGenerator;
import io.gluedbt.local.glue.TestGlue;
import io.gluedbt.local.spark.TestSpark;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * The whole cloud path against the real local Glue endpoint (every statement PySpark on the JVM's SparkSession,
 * every call the real Glue JSON protocol) and LocalS3, through the glue module's session service and catalog: the
 * NYC demo uploaded builds its gold tables; a failing model fails the run with dbt's semantics and leaves no session
 * running; a throttling storm is absorbed.
 */
class LocalGlueScenariosTest {
    private static final String SCHEMA = "dbt_glue_demo_nyc_metrics";
    private static Pipeline pipeline;
    private static GlueClient glue;

    @BeforeAll
    static void start() throws Exception {
        pipeline = Pipeline.onLocalGlue(PipelineSettings.defaults());
        glue = GlueClient.builder().endpointOverride(TestGlue.endpoint().uri()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @AfterAll
    static void stop() throws Exception {
        glue.close();
        pipeline.close();
    }

    @AfterEach
    void calm() {
        TestGlue.endpoint().faults().reset();
    }

    @Test
    void theNycDemoUploadedBuildsItsGoldTables() throws Exception {
        NycTaxiGenerator.generate(TestSpark.engine().session(), 20_000, NycTaxiGenerator.DEFAULT_SEED);
        Path example = Path.of(System.getProperty("gluedbt.repository.root", ".."), "examples", "nyc_taxi_demo").toAbsolutePath().normalize();
        pipeline.upload("projects/nyc_taxi_demo.zip", SyntheticProject.zipDirectory(example, Map.of("profiles/local-aws/profiles.yml", nycProfile())));
        ObjectNode input = (ObjectNode) pipeline.objectCreated("projects/nyc_taxi_demo.zip");
        input.put("profilesDir", "profiles/local-aws").put("target", "cloud");

        ExecutionReport report = pipeline.execute("nyc-1", input);

        assertThat(report.status()).as(report.cause()).isEqualTo("SUCCEEDED");
        assertThat(report.output().get("ok").asInt()).isEqualTo(3);
        assertThat(rows("select count(*) from " + SCHEMA + ".silver_avg_metrics")).containsExactly("24");
        List<String> cost = rows("select year, month, type from glue_catalog." + SCHEMA + ".gold_cost_metrics");
        assertThat(cost).hasSize(24).contains("2016|1|green", "2016|12|yellow");
        assertThat(rows("select count(*) from glue_catalog." + SCHEMA + ".gold_passengers_metrics")).containsExactly("24");
        assertThat(runningSessions("nyc-1")).isEmpty();
    }

    @Test
    void aFailedModelSkipsItsDescendantsAndLeavesNoSessionRunning() throws Exception {
        pipeline.upload("projects/failing.zip", SyntheticProject.layered(3, 3, Set.of("m_0_0"), targetLines("failing", 2)));

        ExecutionReport report = pipeline.execute("fail-1", pipeline.objectCreated("projects/failing.zip"));

        assertThat(report.status()).isEqualTo("FAILED");
        assertThat(report.error()).isEqualTo("gluedbt.NodesFailed");
        assertThat(report.cause()).isEqualTo("1 of 9 nodes failed (model.synthetic.m_0_0), 5 skipped; see s3://artifacts/runs/fail-1/run_results.json");
        Map<String, String> statuses = new TreeMap<>();
        String message = "";
        for (JsonNode result : pipeline.artifact("runs/fail-1/run_results.json").orElseThrow().get("results")) {
            statuses.put(result.get("unique_id").asText().replace("model.synthetic.", ""), result.get("status").asText());
            message = result.get("unique_id").asText().endsWith("m_0_0") ? result.get("message").asText() : message;
        }
        assertThat(statuses).containsExactlyEntriesOf(new TreeMap<>(Map.of("m_0_0", "error", "m_0_1", "success", "m_0_2", "success",
                "m_1_0", "skipped", "m_1_1", "success", "m_1_2", "skipped", "m_2_0", "skipped", "m_2_1", "skipped", "m_2_2", "skipped")));
        assertThat(message).contains(FakeStatementCode.FAIL_MARKER);
        assertThat(sessions("fail-1")).as("the pool was created").hasSize(2);
        assertThat(runningSessions("fail-1")).isEmpty();
    }

    @Test
    void aThrottlingStormStillSucceeds() throws Exception {
        pipeline.upload("projects/storm.zip", SyntheticProject.layered(2, 3, Set.of(), targetLines("storm", 3)));
        long throttledBefore = TestGlue.endpoint().calls().errors("ThrottlingException");
        TestGlue.endpoint().faults().throttle(0.5, 42);

        ExecutionReport report = pipeline.execute("storm-1", pipeline.objectCreated("projects/storm.zip"));
        TestGlue.endpoint().faults().reset(); // the checks below call Glue too

        assertThat(report.status()).as(report.cause()).isEqualTo("SUCCEEDED");
        assertThat(report.output().get("ok").asInt()).isEqualTo(6);
        assertThat(TestGlue.endpoint().calls().errors("ThrottlingException") - throttledBefore).isGreaterThan(10);
        assertThat(rows("select count(*) from storm.m_1_2")).containsExactly("2");
        assertThat(runningSessions("storm-1")).isEmpty();
    }

    @Test
    void withTimingsShortModelsRideNextToALongOneInOneStatement() throws Exception {
        pipeline.upload("projects/packed.zip", SyntheticProject.layered(2, 4, Set.of(), targetLines("packed", 2)));
        // what a first run would have recorded: m_0_0 is long, everything else short
        Map<String, Double> timings = new TreeMap<>();
        for (int layer = 0; layer < 2; layer++) {
            for (int index = 0; index < 4; index++) {
                timings.put("model.synthetic." + SyntheticProject.name(layer, index), layer == 0 && index == 0 ? 3.0 : 0.5);
            }
        }
        pipeline.s3().putObject(request -> request.bucket(Pipeline.ARTIFACTS).key("history/synthetic/dev/timings.json"),
                software.amazon.awssdk.core.sync.RequestBody.fromString(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(timings)));
        long statementsBefore = TestGlue.endpoint().calls().count("RunStatement");

        ExecutionReport report = pipeline.execute("packed-1", pipeline.objectCreated("projects/packed.zip"));

        assertThat(report.status()).as(report.cause()).isEqualTo("SUCCEEDED");
        assertThat(report.output().get("ok").asInt()).isEqualTo(8);
        assertThat(sessions("packed-1")).as("2 nodes at once (the threads), about 2 per statement: one session").hasSize(1);
        assertThat(TestGlue.endpoint().calls().count("RunStatement") - statementsBefore).as("m_0_0 with m_0_1 and m_0_2; m_0_3 with m_1_1; the other three")
                .isEqualTo(3);
        Map<String, Double> seconds = new TreeMap<>();
        for (JsonNode result : pipeline.artifact("runs/packed-1/run_results.json").orElseThrow().get("results")) {
            assertThat(result.get("status").asText()).isEqualTo("success");
            seconds.put(result.get("unique_id").asText(), result.get("execution_time").asDouble());
        }
        assertThat(seconds).hasSize(8).allSatisfy((id, time) -> assertThat(time).as(id).isPositive());
        assertThat(rows("select count(*) from packed.m_1_3")).containsExactly("2");
        assertThat(runningSessions("packed-1")).isEmpty();
    }

    /** What a user writes to point the demo's glue target at these endpoints: the profile's default target stays local. */
    private static String nycProfile() {
        return "dbt_glue_demo:\n  target: local\n  outputs:\n    local:\n      type: local\n      schema: " + SCHEMA + "\n"
                + "    cloud:\n      type: glue\n" + targetLines(SCHEMA, 2) + "      datalake_formats: iceberg\n";
    }

    private static String targetLines(String schema, int threads) {
        return "      role_arn: " + TestGlue.ROLE_ARN + "\n      region: us-east-1\n      endpoint_url: " + TestGlue.endpoint().uri() + "\n"
                + "      s3_endpoint_url: " + TestGlue.aws().s3().uri() + "\n      location: " + TestGlue.LOCATION + "\n      workers: 2\n"
                + "      worker_type: G.1X\n      schema: " + schema + "\n      database: " + schema + "\n      threads: " + threads + "\n";
    }

    /** The run's sessions on the endpoint (ListSessions), with their status. */
    private static Map<String, String> sessions(String runId) {
        Map<String, String> sessions = new TreeMap<>();
        for (String id : glue.listSessions(request -> { }).ids()) {
            if (id.startsWith("gluedbt-" + runId + "-")) {
                sessions.put(id, glue.getSession(request -> request.id(id)).session().statusAsString());
            }
        }
        return sessions;
    }

    private static List<String> runningSessions(String runId) {
        return sessions(runId).entrySet().stream().filter(entry -> !entry.getValue().equals("STOPPED") && !entry.getValue().equals("STOPPING"))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> rows(String sql) {
        NodeResult result = TestSpark.engine().execute(new NodeStatements("test.query", List.of(SqlStatement.fetch(sql, "check", 1000))));
        assertThat(result.failure()).as(sql).isEmpty();
        return result.outcomes().get(0).rows().stream().map(row -> row.stream().map(String::valueOf).collect(Collectors.joining("|"))).sorted().toList();
    }
}
