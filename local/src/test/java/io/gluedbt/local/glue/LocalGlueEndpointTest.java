package io.gluedbt.local.glue;

import static io.gluedbt.local.glue.GlueClients.awaitSession;
import static io.gluedbt.local.glue.GlueClients.awaitStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.local.spark.TestSpark;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.IllegalSessionStateException;
import software.amazon.awssdk.services.glue.model.Session;
import software.amazon.awssdk.services.glue.model.SessionStatus;
import software.amazon.awssdk.services.glue.model.Statement;
import software.amazon.awssdk.services.glue.model.StatementState;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * The local Glue endpoint through the real SDK: sessions, statements in a real PySpark, the catalog the
 * statements write, faults. One shared READY session serves the statement tests (a worker starts in seconds).
 */
class LocalGlueEndpointTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String SHARED = "shared-session";

    private static LocalGlueEndpoint endpoint;
    private static GlueClient glue;

    @BeforeAll
    static void start() {
        endpoint = LocalGlueEndpoint.start(EndpointOptions.of(TestSpark.engine().session()));
        glue = GlueClients.glue(endpoint);
        createSession(SHARED, Map.of("--conf", "spark.sql.shuffle.partitions=2", "--custom", "value"));
        // The metastore's first use costs seconds: pay it while the session's worker starts.
        TestSpark.engine().session().sql("show databases").collect();
        assertThat(awaitSession(glue, SHARED, SessionStatus.READY, WAIT))
                .as(() -> glue.getSession(request -> request.id(SHARED)).session().errorMessage())
                .isEqualTo(SessionStatus.READY);
    }

    @AfterAll
    static void stop() {
        if (glue != null) {
            glue.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @BeforeEach
    void resetFaults() {
        endpoint.faults().reset();
    }

    @Test
    void sessionLifecycleFromProvisioningToDeleted() {
        endpoint.faults().provisioningDelay(Duration.ofMillis(300));
        Session created = createSession("lifecycle", Map.of());
        assertThat(created.status()).isEqualTo(SessionStatus.PROVISIONING);
        assertThat(created.command().name()).isEqualTo("glueetl");
        assertThatThrownBy(() -> run("lifecycle", "1"))
                .isInstanceOf(IllegalSessionStateException.class)
                .hasMessageStartingWith("Session lifecycle is in PROVISIONING state; statements need READY");
        assertThat(awaitSession(glue, "lifecycle", SessionStatus.READY, WAIT)).isEqualTo(SessionStatus.READY);
        assertThat(glue.listSessions(request -> {}).ids()).contains(SHARED, "lifecycle");

        glue.stopSession(request -> request.id("lifecycle"));
        assertThat(awaitSession(glue, "lifecycle", SessionStatus.STOPPED, WAIT)).isEqualTo(SessionStatus.STOPPED);
        glue.deleteSession(request -> request.id("lifecycle"));

        assertThatThrownBy(() -> glue.getSession(request -> request.id("lifecycle")))
                .isInstanceOf(EntityNotFoundException.class)
                .hasMessageStartingWith("Session lifecycle not found");
        assertThat(endpoint.calls().count("CreateSession")).isGreaterThanOrEqualTo(2);
        assertThat(endpoint.calls().all()).anyMatch(call -> call.operation().equals("DeleteSession")
                && call.sessionId().orElseThrow().equals("lifecycle"));
    }

    @Test
    void statementPrintsWhatSparkReturns() {
        Statement statement = runToEnd(SHARED, "print(spark.sql(\"select 1 as a\").collect())");
        assertThat(statement.state()).isEqualTo(StatementState.AVAILABLE);
        assertThat(statement.output().statusAsString()).isEqualTo("ok");
        assertThat(statement.output().data().textPlain()).isEqualTo("[Row(a=1)]\n");
        assertThat(statement.startedOn()).isPositive();
        assertThat(statement.completedOn()).isGreaterThanOrEqualTo(statement.startedOn());
    }

    @Test
    void errorCarriesPythonTraceback() {
        Statement statement = runToEnd(SHARED, "x = 1\nprint('before')\nx / 0");
        assertThat(statement.state()).isEqualTo(StatementState.AVAILABLE);
        assertThat(statement.output().statusAsString()).isEqualTo("error");
        assertThat(statement.output().errorName()).isEqualTo("ZeroDivisionError");
        assertThat(statement.output().errorValue()).isEqualTo("division by zero");
        assertThat(statement.output().traceback()).last().asString().isEqualTo("ZeroDivisionError: division by zero\n");
        assertThat(statement.output().data().textPlain()).isEqualTo("before\n");
    }

    @Test
    void globalsPersistAndArgvCarriesTheSessionArguments() {
        runToEnd(SHARED, "counter = 41");
        assertThat(runToEnd(SHARED, "counter + 1").output().data().textPlain()).isEqualTo("42\n");
        Statement arguments = runToEnd(SHARED, "import sys\nfrom awsglue.utils import getResolvedOptions\n"
                + "print(getResolvedOptions(sys.argv, ['SESSION_ID', 'custom']))");
        assertThat(arguments.output().data().textPlain()).isEqualTo("{'SESSION_ID': 'shared-session', 'custom': 'value'}\n");
        Statement glueContext = runToEnd(SHARED, "from awsglue.context import GlueContext\n"
                + "print(GlueContext(sc).spark_session.createDataFrame([(1, 'a'), (2, 'b')], ['n', 's']).count())");
        assertThat(glueContext.output().data().textPlain()).isEqualTo("2\n");
    }

    @Test
    void tablesWrittenByStatementsAreInTheCatalog() {
        // One statement each: the machine running the tests may be slow, and each must finish within WAIT.
        for (String sql : List.of("create database if not exists glue_endpoint_db",
                "create table glue_endpoint_db.t_parquet using parquet partitioned by (p) as select 1 as id, 'x' as name, 7 as p",
                "create table glue_endpoint_db.t_delta using delta as select 1 as id, cast(2.5 as double) as amount",
                "create table glue_catalog.glue_endpoint_db.t_iceberg using iceberg as select 1 as id, current_date() as day",
                "create view glue_endpoint_db.v_ids as select id from glue_endpoint_db.t_parquet")) {
            Statement statement = runToEnd(SHARED, "spark.sql(\"" + sql + "\")\nNone");
            assertThat(statement.state()).as(sql).isEqualTo(StatementState.AVAILABLE);
            assertThat(statement.output().statusAsString()).as(statement.output().errorValue()).isEqualTo("ok");
        }

        Table parquet = table("t_parquet");
        assertThat(columns(parquet)).isEqualTo("id:int,name:string");
        assertThat(parquet.partitionKeys()).extracting(column -> column.name() + ":" + column.type()).containsExactly("p:int");
        assertThat(parquet.parameters()).containsEntry("spark.sql.sources.provider", "parquet");
        assertThat(parquet.storageDescriptor().location()).endsWith("t_parquet");

        Table delta = table("t_delta");
        assertThat(columns(delta)).isEqualTo("id:int,amount:double");
        assertThat(delta.parameters()).containsEntry("spark.sql.sources.provider", "delta");

        Table iceberg = table("t_iceberg");
        assertThat(columns(iceberg)).isEqualTo("id:int,day:date");
        assertThat(iceberg.tableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(iceberg.parameters()).containsEntry("table_type", "ICEBERG").containsKey("metadata_location");

        Table view = table("v_ids");
        assertThat(view.tableType()).isEqualTo("VIRTUAL_VIEW");
        assertThat(view.viewOriginalText()).contains("select id from glue_endpoint_db.t_parquet");
        assertThat(glue.getTables(request -> request.databaseName("glue_endpoint_db")).tableList())
                .extracting(Table::name).containsExactly("t_delta", "t_iceberg", "t_parquet", "v_ids");
        assertThat(glue.getDatabase(request -> request.name("glue_endpoint_db")).database().name()).isEqualTo("glue_endpoint_db");
        assertThatThrownBy(() -> glue.getTable(request -> request.databaseName("glue_endpoint_db").name("missing")))
                .isInstanceOf(EntityNotFoundException.class)
                .hasMessageStartingWith("Table missing not found.");
    }

    @Test
    void aSessionRunsOneStatementAtATime() {
        endpoint.faults().statementLatency(Duration.ofMillis(1500));
        int first = run(SHARED, "print('first')");
        assertThatThrownBy(() -> run(SHARED, "print('second')"))
                .isInstanceOf(IllegalSessionStateException.class)
                .hasMessageStartingWith("Session shared-session is busy: statement " + first + " is RUNNING; a session runs one statement at a time");
        assertThat(awaitStatement(glue, SHARED, first, WAIT).output().data().textPlain()).isEqualTo("first\n");
    }

    @Test
    void cancelInterruptsTheRunningStatement() {
        int id = run(SHARED, "import time\ntime.sleep(30)");
        awaitRunning(id);
        glue.cancelStatement(request -> request.sessionId(SHARED).id(id));
        Statement statement = awaitStatement(glue, SHARED, id, WAIT);
        assertThat(statement.state()).isEqualTo(StatementState.CANCELLED);
        assertThat(statement.output().errorName()).isEqualTo("KeyboardInterrupt");
        assertThat(runToEnd(SHARED, "print('after')").output().data().textPlain()).isEqualTo("after\n");
    }

    @Test
    void injectedFailuresAndThrottling() {
        endpoint.faults().failNextStatements(1, "AnalysisException", "injected");
        Statement failed = runToEnd(SHARED, "print('never')");
        assertThat(failed.output().statusAsString()).isEqualTo("error");
        assertThat(failed.output().errorName()).isEqualTo("AnalysisException");
        assertThat(failed.output().errorValue()).isEqualTo("injected");
        assertThat(runToEnd(SHARED, "print('again')").output().statusAsString()).isEqualTo("ok");

        endpoint.faults().throttle(0.5, 42);
        long before = endpoint.calls().errors("ThrottlingException");
        int throttled = 0;
        for (int call = 0; call < 40; call++) {
            try {
                glue.getDatabases(request -> {});
            } catch (GlueException exception) {
                assertThat(exception.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                assertThat(exception.statusCode()).isEqualTo(400);
                throttled++;
            }
        }
        assertThat(throttled).isBetween(10, 30);
        assertThat(endpoint.calls().errors("ThrottlingException") - before).isEqualTo(throttled);
    }

    @Test
    void idleSessionsTimeOut() {
        endpoint.faults().idleTimeoutMinute(Duration.ofMillis(200));
        glue.createSession(request -> request.id("idle").role("arn:aws:iam::123456789012:role/glue")
                .command(command -> command.name("glueetl").pythonVersion("3")).idleTimeout(1));
        assertThat(awaitSession(glue, "idle", SessionStatus.TIMEOUT, WAIT)).isEqualTo(SessionStatus.TIMEOUT);
        assertThatThrownBy(() -> run("idle", "1"))
                .isInstanceOf(IllegalSessionStateException.class)
                .hasMessageStartingWith("Session idle is in TIMEOUT state; statements need READY");
        assertThat(awaitSession(glue, SHARED, SessionStatus.READY, WAIT)).isEqualTo(SessionStatus.READY);
    }

    static Session createSession(String id, Map<String, String> arguments) {
        return glue.createSession(request -> request.id(id).role("arn:aws:iam::123456789012:role/glue")
                .command(command -> command.name("glueetl").pythonVersion("3"))
                .defaultArguments(arguments).glueVersion("5.0").numberOfWorkers(2).workerType("G.1X")).session();
    }

    private static int run(String sessionId, String code) {
        return glue.runStatement(request -> request.sessionId(sessionId).code(code)).id();
    }

    private static Statement runToEnd(String sessionId, String code) {
        return awaitStatement(glue, sessionId, run(sessionId, code), WAIT);
    }

    private static void awaitRunning(int id) {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (glue.getStatement(request -> request.sessionId(SHARED).id(id)).statement().state() == StatementState.RUNNING) {
                return;
            }
        }
    }

    private static Table table(String name) {
        return glue.getTable(request -> request.databaseName("glue_endpoint_db").name(name)).table();
    }

    private static String columns(Table table) {
        List<String> columns = table.storageDescriptor().columns().stream().map(column -> column.name() + ":" + column.type()).toList();
        return columns.stream().collect(Collectors.joining(","));
    }
}
