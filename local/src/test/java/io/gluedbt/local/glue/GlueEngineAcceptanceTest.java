package io.gluedbt.local.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.RunRequest;
import io.gluedbt.compiler.api.SelectionRequest;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.conformance.ConformanceProject;
import io.gluedbt.compiler.conformance.EngineConformanceSuite;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.project.LoadOptions;
import io.gluedbt.compiler.run.NodeRunResult;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunStatus;
import io.gluedbt.glue.GlueSessionEngine;
import io.gluedbt.local.data.NycTaxiGenerator;
import io.gluedbt.local.spark.NycDemo;
import io.gluedbt.local.spark.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.SessionStatus;

/**
 * What the Glue issue promises, counted in the local endpoint's call log: one RunStatement per model, every
 * session this run created stopped, throttling survived, statement errors and session timeouts reported per node,
 * Lake Formation calls for a model that declares tags and grants.
 */
class GlueEngineAcceptanceTest extends EngineConformanceSuite {
    private static final Path WORK = Path.of("target", "glue-acceptance-projects").toAbsolutePath();
    private static final String MODELS_SOURCE = ConformanceProject.SOURCE_ROWS;

    private GlueSessionEngine engine;
    private Map<String, Object> extraSettings = Map.of();

    @BeforeEach
    void resetEndpoint() {
        TestGlue.endpoint().faults().reset();
    }

    @AfterEach
    void closeEngineAndCheckNoSessionLeaked() {
        TestGlue.endpoint().faults().reset();
        if (engine == null) {
            return;
        }
        engine.close();
        try (GlueClient glue = GlueClients.glue(TestGlue.endpoint())) {
            for (String id : engine.createdSessionIds()) {
                SessionStatus status = glue.getSession(request -> request.id(id)).session().status();
                assertThat(status).as("session " + id + " after close").isIn(SessionStatus.STOPPING, SessionStatus.STOPPED, SessionStatus.TIMEOUT,
                        SessionStatus.FAILED);
            }
        }
        engine = null;
    }

    @Override
    protected Engine engine() {
        if (engine == null) {
            engine = TestGlue.engine(extraSettings);
        }
        return engine;
    }

    @Override
    protected String profileOutput() {
        return TestGlue.profileOutput("");
    }

    @Override
    protected Path workDirectory() {
        return WORK;
    }

    private static long runStatements() {
        return TestGlue.endpoint().calls().count("RunStatement");
    }

    @Test
    void oneRunStatementPerModelForTableViewAndIncrementalMerge() {
        ConformanceProject project = project("glue_one_statement", Map.of(
                "models/source_rows.sql", MODELS_SOURCE,
                "models/rows_view.sql", "{{ config(materialized='view') }}\nselect * from {{ ref('source_rows') }}",
                "models/rows_merge.sql", "{{ config(materialized='incremental', incremental_strategy='merge', unique_key='id', file_format='delta') }}\n"
                        + "select * from {{ ref('source_rows') }}"));
        engine();
        long before = runStatements();
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        assertThat(runStatements() - before).as("first run: 3 models").isEqualTo(3);

        long beforeMerge = runStatements();
        assertAllSucceeded(run(project, RunCommand.RUN, null, 2, RunMode.INCREMENTAL));
        assertThat(runStatements() - beforeMerge).as("second run: table rebuilt, view replaced, incremental merged").isEqualTo(3);
        assertThat(rows("select id, name from " + project.schema() + ".rows_merge").toString()).isEqualTo("[1|one, 2|TWO, 3|three, 4|four]");
    }

    @Test
    void halfTheRequestsThrottledStillSucceeds() {
        ConformanceProject project = project("glue_throttled", Map.of(
                "models/source_rows.sql", MODELS_SOURCE,
                "models/rows_view.sql", "{{ config(materialized='view') }}\nselect * from {{ ref('source_rows') }}",
                "models/rows_table.sql", "{{ config(materialized='table', file_format='parquet') }}\nselect * from {{ ref('rows_view') }}"));
        engine();
        TestGlue.endpoint().faults().throttle(0.5, 7);
        long throttledBefore = TestGlue.endpoint().calls().errors("ThrottlingException");
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        assertThat(TestGlue.endpoint().calls().errors("ThrottlingException") - throttledBefore).isGreaterThan(3);
        TestGlue.endpoint().faults().reset();
        assertThat(rows("select id, name from " + project.schema() + ".rows_table").toString()).isEqualTo("[1|one, 2|two, 3|three]");
    }

    @Test
    void aStatementErrorFailsThatNodeWithSparksMessageAndSkipsItsDescendants() {
        ConformanceProject project = project("glue_statement_error", Map.of(
                "models/source_rows.sql", MODELS_SOURCE,
                "models/broken.sql", "{{ config(materialized='table') }}\nselect no_such_column from {{ ref('source_rows') }}",
                "models/after_broken.sql", "{{ config(materialized='table') }}\nselect * from {{ ref('broken') }}",
                "models/independent.sql", "{{ config(materialized='view') }}\nselect * from {{ ref('source_rows') }}"));
        RunResults results = run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL);
        assertThat(statuses(results)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "source_rows", RunStatus.SUCCESS, "broken", RunStatus.ERROR, "after_broken", RunStatus.SKIPPED, "independent", RunStatus.SUCCESS));
        NodeRunResult broken = result(results, "broken");
        assertThat(broken.message()).contains("UNRESOLVED_COLUMN").contains("no_such_column");
    }

    @Test
    void aGlueStatementErrorCarriesGluesErrorNameAndValue() {
        ConformanceProject project = project("glue_injected_error", Map.of("models/source_rows.sql", MODELS_SOURCE));
        engine();
        TestGlue.endpoint().faults().failNextStatements(1, "Py4JJavaError", "An error occurred while calling o123.sql: executor lost");
        RunResults results = run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL);
        NodeRunResult failed = result(results, "source_rows");
        assertThat(failed.status()).isEqualTo(RunStatus.ERROR);
        assertThat(failed.message()).contains("Py4JJavaError").contains("executor lost");
    }

    @Test
    void aSessionTimeoutMidRunFailsTheRunCleanly() throws Exception {
        ConformanceProject project = project("glue_session_timeout", Map.of(
                "models/source_rows.sql", MODELS_SOURCE,
                "models/slow_one.sql", "{{ config(materialized='table') }}\nselect * from {{ ref('source_rows') }}",
                "models/slow_two.sql", "{{ config(materialized='table') }}\nselect * from {{ ref('source_rows') }}"));
        engine();
        TestGlue.endpoint().faults().statementLatency(Duration.ofSeconds(3));
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(1_500);
                engine.createdSessionIds().forEach(id -> TestGlue.endpoint().faults().forceTimeout(id));
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        RunResults results = run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL);
        killer.join();
        NodeRunResult first = result(results, "source_rows");
        assertThat(first.status()).isEqualTo(RunStatus.ERROR);
        assertThat(first.message()).containsIgnoringCase("timeout");
        assertThat(statuses(results)).containsEntry("slow_one", RunStatus.SKIPPED).containsEntry("slow_two", RunStatus.SKIPPED);
    }

    @Test
    void lakeFormationTagsAndGrantsBecomeLakeFormationCalls() {
        extraSettings = Map.of("lakeformation_endpoint_url", TestGlue.endpoint().uri().toString());
        ConformanceProject project = project("glue_lake_formation", Map.of(
                "models/source_rows.sql", MODELS_SOURCE,
                "models/governed.sql", """
                        {{ config(materialized='table',
                                  lf_tags_config={'enabled': true, 'tags_table': {'domain': 'taxi'}, 'tags_columns': {'sensitivity': {'pii': ['name']}}},
                                  lf_grants={'data_cell_filters': {'enabled': true, 'drop_existing': true, 'filters': {
                                      'only_small_ids': {'row_filter': 'id < 3', 'principals': ['arn:aws:iam::123456789012:role/analyst'],
                                                         'column_names': ['id', 'name']}}}}) }}
                        select * from {{ ref('source_rows') }}
                        """));
        long before = lakeFormationCalls();
        assertAllSucceeded(run(project, RunCommand.RUN, null, 1, RunMode.INCREMENTAL));
        List<String> operations = TestGlue.endpoint().calls().all().stream()
                .filter(call -> call.service().equals("AWSLakeFormation")).map(EndpointCall::operation).toList();
        assertThat(lakeFormationCalls() - before).isGreaterThanOrEqualTo(3);
        assertThat(operations).contains("AddLFTagsToResource", "CreateDataCellsFilter");
        assertThat(operations.stream().anyMatch(operation -> operation.contains("Grant"))).as(operations.toString()).isTrue();
    }

    @Test
    void aTwoHundredKilobyteSeedLoadsThroughAnS3StagedPayload() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,note\n");
        int rows = 0;
        while (csv.length() < 200_000) {
            rows++;
            csv.append(rows).append(",name ").append(rows).append(",a note long enough to make this seed weigh two hundred kilobytes\n");
        }
        ConformanceProject project = project("glue_large_seed", Map.of("seeds/big_seed.csv", csv.toString()));
        engine();
        long before = runStatements();
        assertAllSucceeded(run(project, RunCommand.SEED, null, 1, RunMode.INCREMENTAL));
        assertThat(runStatements() - before).as("one RunStatement for the seed").isEqualTo(1);
        assertThat(rows("select count(*), max(id) from " + project.schema() + ".big_seed")).containsExactly(rows + "|" + rows);
        // The endpoint refuses Code over 68,000 characters (ValidationException), so the 200 kB of rows travelled staged in
        // S3 under the location; the staged object is deleted after the node.
        Path payloads = TestGlue.aws().s3().root().resolve(TestGlue.BUCKET).resolve("lake").resolve("gluedbt").resolve("payloads");
        if (Files.exists(payloads)) {
            try (var staged = Files.list(payloads)) {
                assertThat(staged.toList()).as("staged payloads are deleted after the node").isEmpty();
            }
        }
    }

    @Test
    void theNycDemoCompletesWithHalfTheRequestsThrottled() throws Exception {
        TestSpark.deleteRecursively(WORK.resolve("nyc_throttled"));
        Path project = NycDemo.copyExample(WORK.resolve("nyc_throttled"));
        String schema = "glue_throttled_nyc_metrics";
        String output = TestGlue.profileOutput("").replace("${schema}", schema).lines().map(line -> "      " + line)
                .collect(Collectors.joining("\n", "", "\n"));
        String profile = "dbt_glue_demo:\n  target: dev\n  outputs:\n    dev:\n" + output;
        Files.createDirectories(project.resolve("glue-profiles").resolve("iceberg"));
        Files.writeString(project.resolve("glue-profiles").resolve("profiles.yml"), profile);
        Files.writeString(project.resolve("glue-profiles").resolve("iceberg").resolve("profiles.yml"),
                profile + "      datalake_formats: iceberg\n");
        if (TestSpark.engine().catalog().getRelation("nyctaxi", "nyctaxi", "records").isEmpty()) {
            NycTaxiGenerator.generate(TestSpark.engine().session(), 20_000,
                    NycTaxiGenerator.DEFAULT_SEED);
        }
        engine();
        long throttledBefore = TestGlue.endpoint().calls().errors("ThrottlingException");
        TestGlue.endpoint().faults().throttle(0.5, 11);
        RunResults silver = runProject(project, project.resolve("glue-profiles"), "silver");
        RunResults gold = runProject(project, project.resolve("glue-profiles").resolve("iceberg"), "gold");
        TestGlue.endpoint().faults().reset();
        assertAllSucceeded(silver);
        assertAllSucceeded(gold);
        assertThat(gold.results()).hasSize(2);
        assertThat(TestGlue.endpoint().calls().errors("ThrottlingException") - throttledBefore).isGreaterThan(5);
        assertThat(rows("select count(*) from glue_catalog." + schema + ".gold_cost_metrics")).doesNotContain("0");
    }

    private RunResults runProject(Path project, Path profiles, String select) {
        ProjectSession session = ProjectSession.open(
                LoadOptions.forProject(project).withProfilesDir(profiles).withEnvironment(Map.of()).withUserHome(project));
        return session.run(engine(), RunRequest.of(RunCommand.RUN,
                new SelectionRequest(List.of(select), List.of(), null)).withThreads(2), session.planner(RunMode.INCREMENTAL));
    }

    private static long lakeFormationCalls() {
        return TestGlue.endpoint().calls().all().stream().filter(call -> call.service().equals("AWSLakeFormation")).count();
    }

    private static NodeRunResult result(RunResults results, String name) {
        return results.results().stream().filter(result -> result.uniqueId().endsWith("." + name)).findFirst().orElseThrow();
    }
}
