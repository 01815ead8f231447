package io.gluedbt.local.glue;

import static io.gluedbt.local.glue.GlueClients.awaitSession;
import static io.gluedbt.local.glue.GlueClients.awaitStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gluedbt.local.spark.TestSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.CreateSessionRequest;
import software.amazon.awssdk.services.glue.model.SessionStatus;
import software.amazon.awssdk.services.glue.model.Statement;

/**
 * Prewarmed Python workers ({@link LocalGlueEndpoint#prewarm}) and the billing snapshot
 * ({@link LocalGlueEndpoint#sessionUsage}). Each test starts and closes its own endpoint, so that no worker
 * process may outlive it.
 */
class LocalGlueEndpointWarmTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration DELAY = Duration.ofMillis(300);

    @Test
    void prewarmedWorkersServeTheFirstSessionsThenSessionsStartCold() {
        List<ProcessHandle> workers;
        String directory;
        try (LocalGlueEndpoint endpoint = LocalGlueEndpoint.start(EndpointOptions.of(TestSpark.engine().session()));
                GlueClient glue = GlueClients.glue(endpoint)) {
            List<ProcessHandle> before = workerProcesses("");
            endpoint.prewarm(2);
            directory = directoryOfNewWorkers(before);
            assertThat(workerProcesses(directory)).hasSize(2).allMatch(LocalGlueEndpointWarmTest::isWarm);
            endpoint.faults().provisioningDelay(DELAY);

            glue.createSession(session("warm-a", Map.of("--custom", "a", "--conf", "spark.sql.shuffle.partitions=3"))
                    .numberOfWorkers(2).workerType("G.1X").idleTimeout(30).build());
            glue.createSession(session("warm-b", Map.of("--custom", "b")).build());
            assertThat(awaitSession(glue, "warm-a", SessionStatus.READY, WAIT)).isEqualTo(SessionStatus.READY);
            assertThat(awaitSession(glue, "warm-b", SessionStatus.READY, WAIT)).isEqualTo(SessionStatus.READY);
            assertThat(workerProcesses(directory)).as("no cold worker started").hasSize(2).allMatch(LocalGlueEndpointWarmTest::isWarm);

            assertThat(text(glue, "warm-a", options("custom"))).isEqualTo("{'SESSION_ID': 'warm-a', 'custom': 'a'}\n");
            assertThat(text(glue, "warm-a", "spark.conf.get('spark.sql.shuffle.partitions')")).isEqualTo("'3'\n");
            assertThat(text(glue, "warm-b", options("custom"))).isEqualTo("{'SESSION_ID': 'warm-b', 'custom': 'b'}\n");
            assertThat(text(glue, "warm-b", "spark.sql('select 41 + 1 as n').collect()[0].n")).isEqualTo("42\n");

            glue.createSession(session("cold-c", Map.of("--custom", "c")).build());
            assertThat(awaitSession(glue, "cold-c", SessionStatus.READY, WAIT)).isEqualTo(SessionStatus.READY);
            assertThat(text(glue, "cold-c", options("custom"))).isEqualTo("{'SESSION_ID': 'cold-c', 'custom': 'c'}\n");
            workers = workerProcesses(directory);
            assertThat(workers).hasSize(3).filteredOn(LocalGlueEndpointWarmTest::isWarm).hasSize(2);

            glue.stopSession(request -> request.id("warm-a"));
            assertThat(awaitSession(glue, "warm-a", SessionStatus.STOPPED, WAIT)).isEqualTo(SessionStatus.STOPPED);
            glue.deleteSession(request -> request.id("warm-b"));

            List<SessionUsage> usage = endpoint.sessionUsage();
            assertThat(usage).extracting(SessionUsage::sessionId).containsExactly("warm-a", "warm-b", "cold-c");
            SessionUsage warmA = usage.get(0);
            assertThat(warmA.dpus()).isEqualTo(2.0);
            assertThat(warmA.idleTimeoutMinutes()).isEqualTo(30);
            assertThat(warmA.statements()).isEqualTo(2);
            assertThat(warmA.readyMillis().orElseThrow() - warmA.createdMillis()).isGreaterThanOrEqualTo(DELAY.toMillis());
            assertThat(warmA.firstStatementStartMillis().orElseThrow()).isGreaterThanOrEqualTo(warmA.readyMillis().orElseThrow());
            assertThat(warmA.lastStatementEndMillis().orElseThrow()).isGreaterThanOrEqualTo(warmA.firstStatementStartMillis().orElseThrow());
            assertThat(warmA.endedMillis().orElseThrow()).isGreaterThanOrEqualTo(warmA.lastStatementEndMillis().orElseThrow());
            SessionUsage warmB = usage.get(1);
            assertThat(warmB.dpus()).isEqualTo(5.0);
            assertThat(warmB.idleTimeoutMinutes()).isEqualTo(2880);
            assertThat(warmB.endedMillis()).isPresent();
            SessionUsage coldC = usage.get(2);
            assertThat(coldC.readyMillis()).isPresent();
            assertThat(coldC.endedMillis()).isEmpty();
            assertThat(coldC.statements()).isEqualTo(1);
        }
        assertThat(workers).noneMatch(ProcessHandle::isAlive);
        assertThat(workerProcesses(directory)).isEmpty();
    }

    @Test
    void workersNeverHandedOutEndWithTheEndpoint() {
        List<ProcessHandle> workers;
        String directory;
        try (LocalGlueEndpoint endpoint = LocalGlueEndpoint.start(EndpointOptions.of(TestSpark.engine().session()))) {
            List<ProcessHandle> before = workerProcesses("");
            endpoint.prewarm(1);
            directory = directoryOfNewWorkers(before);
            workers = workerProcesses(directory);
            assertThat(workers).hasSize(1).allMatch(ProcessHandle::isAlive);
            assertThat(endpoint.sessionUsage()).isEmpty();
        }
        assertThat(workers).noneMatch(ProcessHandle::isAlive);
        assertThat(workerProcesses(directory)).isEmpty();
    }

    @Test
    void capacityIsWorkersTimesWorkerTypeElseMaxCapacityElseFive() {
        assertThat(SessionCapacity.dpus(request("{\"NumberOfWorkers\": 2, \"WorkerType\": \"G.1X\"}"))).isEqualTo(2.0);
        assertThat(SessionCapacity.dpus(request("{\"NumberOfWorkers\": 10, \"WorkerType\": \"G.025X\"}"))).isEqualTo(2.5);
        assertThat(SessionCapacity.dpus(request("{\"NumberOfWorkers\": 3, \"WorkerType\": \"G.8X\"}"))).isEqualTo(24.0);
        assertThat(SessionCapacity.dpus(request("{\"NumberOfWorkers\": 4, \"WorkerType\": \"Z.2X\"}"))).isEqualTo(8.0);
        assertThat(SessionCapacity.dpus(request("{\"MaxCapacity\": 2.0}"))).isEqualTo(2.0);
        assertThat(SessionCapacity.dpus(request("{}"))).isEqualTo(5.0);
    }

    @Test
    void usageRefusesCountsThatCannotBe() {
        assertThatThrownBy(() -> new SessionUsage("s", 1, OptionalLong.empty(), OptionalLong.empty(),
                        2880, 0, 0, OptionalLong.empty(), OptionalLong.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dpus must be positive: 0.0");
    }

    private static CreateSessionRequest.Builder session(String id, Map<String, String> arguments) {
        return CreateSessionRequest.builder().id(id).role(TestGlue.ROLE_ARN)
                .command(command -> command.name("glueetl").pythonVersion("3"))
                .defaultArguments(arguments).glueVersion("5.0");
    }

    private static String options(String name) {
        return "import sys\nfrom awsglue.utils import getResolvedOptions\ngetResolvedOptions(sys.argv, ['SESSION_ID', '" + name + "'])";
    }

    private static String text(GlueClient glue, String sessionId, String code) {
        int id = glue.runStatement(request -> request.sessionId(sessionId).code(code)).id();
        Statement statement = awaitStatement(glue, sessionId, id, WAIT);
        assertThat(statement.output().statusAsString()).as(statement.output().errorValue()).isEqualTo("ok");
        return statement.output().data().textPlain();
    }

    private static JsonNode request(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /** This JVM's live Glue worker processes whose script lies under {@code directory} (one endpoint's). */
    private static List<ProcessHandle> workerProcesses(String directory) {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(process -> script(process).startsWith(directory) && !script(process).isEmpty())
                .toList();
    }

    /** The one endpoint directory of the worker processes started since {@code before} (other endpoints share this JVM). */
    private static String directoryOfNewWorkers(List<ProcessHandle> before) {
        List<String> directories = workerProcesses("").stream().filter(process -> !before.contains(process))
                .map(process -> script(process).substring(0, script(process).length() - PythonRuntime.WORKER.length()))
                .distinct().toList();
        assertThat(directories).hasSize(1);
        return directories.get(0);
    }

    private static String script(ProcessHandle process) {
        return arguments(process).stream().filter(argument -> argument.endsWith(PythonRuntime.WORKER)).findFirst().orElse("");
    }

    private static boolean isWarm(ProcessHandle process) {
        return arguments(process).contains("--warm");
    }

    private static List<String> arguments(ProcessHandle process) {
        return process.info().arguments().map(Arrays::asList).orElse(List.of());
    }
}
