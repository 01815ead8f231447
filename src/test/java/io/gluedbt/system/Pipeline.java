package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.functions.CompileHandler;
import io.gluedbt.functions.FinalizeHandler;
import io.gluedbt.functions.FunctionRuntime;
import io.gluedbt.functions.PollNodeHandler;
import io.gluedbt.functions.RunNodeHandler;
import io.gluedbt.functions.glue.GlueSessions;
import io.gluedbt.functions.pipeline.PipelineSettings;
import io.gluedbt.functions.session.CatalogViewSource;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.local.aws.LocalAws;
import io.gluedbt.local.glue.TestGlue;
import io.gluedbt.local.s3.LocalS3;
import io.gluedbt.local.spark.TestSpark;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The whole cloud path on this machine: LocalS3 for S3, the real handlers behind the Lambda bridge, the real ASL in
 * the interpreter, and Glue either as the real local endpoint (PySpark on the JVM's one SparkSession, behind the
 * glue module's session service: {@link #onLocalGlue}) or as the hand-written fake behind a test-only wire service
 * (cheap, no Spark: {@link #onFakeGlue}).
 */
final class Pipeline implements AutoCloseable {
    static final String PROJECTS = "projects";
    static final String ARTIFACTS = "artifacts";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final S3Client s3;
    private final Optional<LocalS3> ownS3;
    private final Optional<FakeGlueEndpoint> fakeGlue;
    private final Path scratch;
    final LambdaBridge bridge;
    final StateMachineHarness harness;

    private Pipeline(URI s3Endpoint, Optional<LocalS3> ownS3, Optional<FakeGlueEndpoint> fakeGlue, PipelineSettings settings, int waitMilliseconds)
            throws Exception {
        this(s3Endpoint, ownS3, fakeGlue, settings, fakeGlue.isPresent() ? null : GlueSessions.sessionService(),
                fakeGlue.isPresent() ? CatalogViewSource.offline() : GlueSessions.catalogViewSource(), waitMilliseconds, 0);
    }

    private Pipeline(URI s3Endpoint, Optional<LocalS3> ownS3, Optional<FakeGlueEndpoint> fakeGlue, PipelineSettings settings, SessionService sessions,
            CatalogViewSource catalogs, int waitMilliseconds, double timeScale) throws Exception {
        this.ownS3 = ownS3;
        this.fakeGlue = fakeGlue;
        s3 = S3Client.builder().endpointOverride(s3Endpoint).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        for (String bucket : List.of(PROJECTS, ARTIFACTS)) {
            if (!s3.listBuckets().buckets().stream().anyMatch(existing -> existing.name().equals(bucket))) {
                s3.createBucket(request -> request.bucket(bucket));
            }
        }
        scratch = Files.createTempDirectory("gluedbt-functions-");
        java.time.Clock clock = timeScale > 0 ? new ScaledClock(timeScale) : java.time.Clock.systemUTC();
        FunctionRuntime runtime = FunctionRuntime.of(s3, ARTIFACTS, fakeGlue.isPresent() ? new WireSessionService(fakeGlue.get().endpoint()) : sessions,
                catalogs, settings, scratch, clock);
        bridge = new LambdaBridge(Map.of("Compile", new CompileHandler(runtime), "RunNode", new RunNodeHandler(runtime), "PollNode",
                new PollNodeHandler(runtime), "Finalize", new FinalizeHandler(runtime)));
        harness = timeScale > 0 ? StateMachineHarness.scaled(bridge.endpoint(), timeScale) : new StateMachineHarness(bridge.endpoint(), waitMilliseconds);
    }

    /** S3 in a temporary directory and the fake Glue endpoint: no Spark. */
    static Pipeline onFakeGlue(PipelineSettings settings) throws Exception {
        LocalS3 s3 = LocalS3.start(Files.createTempDirectory("gluedbt-s3-"));
        return new Pipeline(s3.uri(), Optional.of(s3), Optional.of(new FakeGlueEndpoint()), settings, 0);
    }

    /**
     * The JVM's LocalAws ({@link TestGlue}: LocalS3 under target/local-s3 and the Glue endpoint on the shared
     * SparkSession); the state machine's statement waits last 100 ms.
     */
    static Pipeline onLocalGlue(PipelineSettings settings) throws Exception {
        return new Pipeline(TestGlue.aws().s3().uri(), Optional.empty(), Optional.empty(), settings, 100);
    }

    /**
     * On a given {@code aws} (its S3 and Glue endpoint) with the given session service and catalog source (a bench
     * passes ones whose client-side waits are scaled too), the interpreter's sleeps and the handlers' clock scaled by {@code timeScale}
     * simulated seconds per real second: Wait states last their own seconds divided by it.
     */
    static Pipeline onLocalAws(LocalAws aws, PipelineSettings settings, SessionService sessions, CatalogViewSource catalogs, double timeScale)
            throws Exception {
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("timeScale must be positive: " + timeScale);
        }
        return new Pipeline(aws.s3().uri(), Optional.empty(), Optional.empty(), settings, requireNonNull(sessions, "sessions is null"),
                requireNonNull(catalogs, "catalogs is null"), 0, timeScale);
    }

    FakeGlueEndpoint fakeGlue() {
        return fakeGlue.orElseThrow(() -> new IllegalStateException("this pipeline runs on the local Glue endpoint"));
    }

    S3Client s3() {
        return s3;
    }

    void upload(String key, byte[] body) {
        s3.putObject(request -> request.bucket(PROJECTS).key(key), RequestBody.fromBytes(body));
    }

    /** The StartExecution input the EventBridge rule builds from an S3 "Object Created" event. */
    JsonNode objectCreated(String key) {
        var head = s3.headObject(request -> request.bucket(PROJECTS).key(key));
        ObjectNode input = MAPPER.createObjectNode().put("bucket", PROJECTS).put("key", key).put("etag", head.eTag().replace("\"", ""));
        if (head.versionId() != null) {
            input.put("versionId", head.versionId());
        }
        return input;
    }

    ExecutionReport execute(String executionName, JsonNode input) throws Exception {
        return harness.execute(requireNonNull(executionName, "executionName is null"), input);
    }

    Optional<JsonNode> artifact(String key) throws Exception {
        try {
            return Optional.of(MAPPER.readTree(s3.getObjectAsBytes(request -> request.bucket(ARTIFACTS).key(key)).asByteArray()));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        }
    }

    List<String> artifactKeys(String prefix) {
        return s3.listObjectsV2Paginator(request -> request.bucket(ARTIFACTS).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    @Override
    public void close() throws Exception {
        bridge.close();
        s3.close();
        fakeGlue.ifPresent(FakeGlueEndpoint::close);
        ownS3.ifPresent(local -> {
            local.close();
            TestSpark.deleteRecursively(local.root());
        });
        TestSpark.deleteRecursively(scratch);
    }
}
