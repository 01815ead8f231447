package io.gluedbt.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.functions.CompileHandler;
import io.gluedbt.functions.FinalizeHandler;
import io.gluedbt.functions.FunctionRuntime;
import io.gluedbt.functions.OpenSessionsHandler;
import io.gluedbt.functions.PollNodeHandler;
import io.gluedbt.functions.RunNodeHandler;
import io.gluedbt.functions.pipeline.PipelineSettings;
import io.gluedbt.functions.session.CatalogViewSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The whole cloud path on this machine: s3proxy for S3, the fake Glue endpoint behind the wire session service,
 * the real handlers behind the Lambda bridge, and the real ASL in the interpreter.
 */
final class Pipeline implements AutoCloseable {
    static final String PROJECTS = "projects";
    static final String ARTIFACTS = "artifacts";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    final S3ProxyFixture s3;
    final FakeGlueEndpoint glue;
    final LambdaBridge bridge;
    final StateMachineHarness harness;

    Pipeline(PipelineSettings settings) throws Exception {
        s3 = new S3ProxyFixture();
        glue = new FakeGlueEndpoint();
        s3.client().createBucket(request -> request.bucket(PROJECTS));
        s3.client().createBucket(request -> request.bucket(ARTIFACTS));
        Path scratch = Files.createTempDirectory("gluedbt-functions-");
        FunctionRuntime runtime = FunctionRuntime.of(s3.client(), ARTIFACTS, new WireSessionService(glue.endpoint()), CatalogViewSource.offline(),
                settings, scratch);
        bridge = new LambdaBridge(Map.of("Compile", new CompileHandler(runtime), "OpenSessions", new OpenSessionsHandler(runtime),
                "RunNode", new RunNodeHandler(runtime), "PollNode", new PollNodeHandler(runtime), "Finalize", new FinalizeHandler(runtime)));
        harness = new StateMachineHarness(bridge.endpoint());
    }

    void upload(String key, byte[] body) {
        s3.client().putObject(request -> request.bucket(PROJECTS).key(key), RequestBody.fromBytes(body));
    }

    /** The StartExecution input the EventBridge rule builds from an S3 "Object Created" event. */
    JsonNode objectCreated(String key) {
        var head = s3.client().headObject(request -> request.bucket(PROJECTS).key(key));
        ObjectNode input = MAPPER.createObjectNode().put("bucket", PROJECTS).put("key", key).put("etag", head.eTag().replace("\"", ""));
        if (head.versionId() != null) {
            input.put("versionId", head.versionId());
        }
        return input;
    }

    ExecutionReport execute(String executionName, JsonNode input) throws Exception {
        return harness.execute(executionName, input);
    }

    Optional<JsonNode> artifact(String key) throws Exception {
        try {
            return Optional.of(MAPPER.readTree(s3.client().getObjectAsBytes(request -> request.bucket(ARTIFACTS).key(key)).asByteArray()));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        }
    }

    List<String> artifactKeys(String prefix) {
        return s3.client().listObjectsV2Paginator(request -> request.bucket(ARTIFACTS).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    @Override
    public void close() throws Exception {
        bridge.close();
        glue.close();
        s3.close();
    }
}
