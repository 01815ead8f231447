package io.gluedbt.local.glue;

import static io.gluedbt.local.glue.GlueClients.awaitSession;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.local.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.SessionStatus;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.EntityNotFoundException;
import software.amazon.awssdk.services.lakeformation.model.LFTagPair;
import software.amazon.awssdk.services.lakeformation.model.Resource;

/** Other clients of the endpoint (boto3, Lake Formation) and what close() leaves behind: no Python process. */
class LocalGlueEndpointClientsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void closeLeavesNoPythonProcess() {
        List<ProcessHandle> workers;
        try (LocalGlueEndpoint endpoint = LocalGlueEndpoint.start(EndpointOptions.of(TestSpark.engine().session()));
                GlueClient glue = GlueClients.glue(endpoint)) {
            glue.createSession(request -> request.id("closing").role("role").command(command -> command.name("glueetl")));
            assertThat(awaitSession(glue, "closing", SessionStatus.READY, WAIT)).isEqualTo(SessionStatus.READY);
            workers = workers();
            assertThat(workers).hasSize(1);
        }
        assertThat(workers).noneMatch(ProcessHandle::isAlive);
        assertThat(workers()).isEmpty();
    }

    @Test
    void boto3TalksToTheEndpoint() throws IOException, InterruptedException {
        try (LocalGlueEndpoint endpoint = LocalGlueEndpoint.start(EndpointOptions.of(TestSpark.engine().session()))) {
            Path script = Files.createTempFile("glue-boto3", ".py");
            Files.writeString(script, String.join("\n",
                    "import boto3, time",
                    "glue = boto3.client('glue')",
                    "glue.create_session(Id='boto', Role='arn:aws:iam::123456789012:role/glue', Command={'Name': 'glueetl', 'PythonVersion': '3'},",
                    "                    DefaultArguments={'--enable-glue-datacatalog': 'true'})",
                    "while glue.get_session(Id='boto')['Session']['Status'] == 'PROVISIONING':",
                    "    time.sleep(0.1)",
                    "statement = glue.run_statement(SessionId='boto', Code='print(spark.range(3).count())')['Id']",
                    "while True:",
                    "    result = glue.get_statement(SessionId='boto', Id=statement)['Statement']",
                    "    if result['State'] not in ('WAITING', 'RUNNING'):",
                    "        break",
                    "    time.sleep(0.1)",
                    "print(result['State'], result['Output']['Status'], result['Output']['Data']['TextPlain'].strip())",
                    "print(boto3.client('sts').get_caller_identity()['Account'])",
                    "glue.stop_session(Id='boto')",
                    ""), UTF_8);
            ProcessBuilder builder = new ProcessBuilder(EndpointOptions.defaultPython().toString(), script.toString())
                    .redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            environment.put("AWS_ENDPOINT_URL_GLUE", endpoint.uri().toString());
            environment.put("AWS_ENDPOINT_URL_STS", endpoint.uri().toString());
            environment.put("AWS_ACCESS_KEY_ID", "local");
            environment.put("AWS_SECRET_ACCESS_KEY", "local");
            environment.put("AWS_DEFAULT_REGION", "us-east-1");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Files.delete(script);
            assertThat(output).isEqualTo("AVAILABLE ok 3\n123456789012\n");
            assertThat(endpoint.calls().count("GetCallerIdentity")).isEqualTo(1);
            assertThat(endpoint.calls().sessionsCreated()).isEqualTo(1);
            assertThat(endpoint.calls().sessionsEnded()).isEqualTo(1);
        }
    }

    @Test
    void lakeFormationRecordsAndAnswersTags() {
        try (LocalGlueEndpoint endpoint = LocalGlueEndpoint.start(EndpointOptions.of(TestSpark.engine().session()));
                LakeFormationClient lakeFormation = GlueClients.lakeFormation(endpoint)) {
            lakeFormation.createLFTag(request -> request.tagKey("domain").tagValues("sales", "finance"));
            assertThat(lakeFormation.getLFTag(request -> request.tagKey("domain")).tagValues()).containsExactly("sales", "finance");
            Resource table = Resource.builder().table(builder -> builder.databaseName("db").name("t")).build();
            lakeFormation.addLFTagsToResource(request -> request.resource(table)
                    .lfTags(LFTagPair.builder().tagKey("domain").tagValues("sales").build()));
            assertThat(lakeFormation.getResourceLFTags(request -> request.resource(table)).lfTagsOnTable())
                    .extracting(LFTagPair::tagKey).containsExactly("domain");
            lakeFormation.grantPermissions(request -> request.resource(table).permissionsWithStrings("SELECT")
                    .principal(principal -> principal.dataLakePrincipalIdentifier("arn:aws:iam::123456789012:role/analyst")));
            assertThatThrownBy(() -> lakeFormation.getLFTag(request -> request.tagKey("missing")))
                    .isInstanceOf(EntityNotFoundException.class)
                    .hasMessageStartingWith("Tag key does not exist: missing");
            assertThat(endpoint.calls().countsByOperation()).containsEntry("CreateLFTag", 1L).containsEntry("GetLFTag", 2L)
                    .containsEntry("AddLFTagsToResource", 1L).containsEntry("GrantPermissions", 1L);
            assertThat(endpoint.calls().errors("EntityNotFoundException")).isEqualTo(1);
        }
    }

    private static List<ProcessHandle> workers() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(PythonRuntime.WORKER))
                .toList();
    }
}
