package io.gluedbt.functions;

import static java.util.Objects.requireNonNull;

import io.gluedbt.functions.pipeline.CompileService;
import io.gluedbt.functions.pipeline.FinalizeService;
import io.gluedbt.functions.pipeline.NodeService;
import io.gluedbt.functions.pipeline.PipelineSettings;
import io.gluedbt.functions.pipeline.RunStore;
import io.gluedbt.functions.pipeline.RunHistory;
import io.gluedbt.functions.pipeline.SessionPool;
import io.gluedbt.functions.session.CatalogViewSource;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionServiceProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.ServiceLoader;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * What the handlers share, built once per container: the S3 client (endpoint from AWS_ENDPOINT_URL_S3 when set,
 * path-style when GLUEDBT_S3_PATH_STYLE=true), the artifacts bucket (GLUEDBT_ARTIFACTS_BUCKET), the session
 * service and catalog source (java.util.ServiceLoader providers; GLUEDBT_CATALOG=offline compiles without a
 * catalog), and the services over them.
 */
public final class FunctionRuntime {
    private static volatile FunctionRuntime container;

    private final CompileService compile;
    private final NodeService nodes;
    private final FinalizeService finalizer;

    private FunctionRuntime(S3Client s3, String bucket, SessionService sessions, CatalogViewSource catalogs, PipelineSettings settings, Path scratch,
            Clock clock) {
        RunStore store = new RunStore(s3, bucket);
        RunHistory history = new RunHistory(store);
        SessionPool pool = new SessionPool(store, sessions);
        this.compile = new CompileService(s3, store, catalogs, pool, history, settings, scratch);
        this.nodes = new NodeService(store, sessions, pool, settings, clock);
        this.finalizer = new FinalizeService(store, pool, history);
    }

    public static FunctionRuntime of(S3Client s3, String bucket, SessionService sessions, CatalogViewSource catalogs, PipelineSettings settings,
            Path scratch) {
        return of(s3, bucket, sessions, catalogs, settings, scratch, Clock.systemUTC());
    }

    /** As {@link #of(S3Client, String, SessionService, CatalogViewSource, PipelineSettings, Path)} on {@code clock} (node timings, poll pacing). */
    public static FunctionRuntime of(S3Client s3, String bucket, SessionService sessions, CatalogViewSource catalogs, PipelineSettings settings,
            Path scratch, Clock clock) {
        return new FunctionRuntime(requireNonNull(s3, "s3 is null"), requireNonNull(bucket, "bucket is null"), requireNonNull(sessions, "sessions is null"),
                requireNonNull(catalogs, "catalogs is null"), requireNonNull(settings, "settings is null"), requireNonNull(scratch, "scratch is null"),
                requireNonNull(clock, "clock is null"));
    }

    /** The container's runtime, from the environment, created on first use. */
    public static FunctionRuntime container() {
        FunctionRuntime runtime = container;
        if (runtime == null) {
            synchronized (FunctionRuntime.class) {
                if (container == null) {
                    container = fromEnvironment(System.getenv());
                }
                runtime = container;
            }
        }
        return runtime;
    }

    static FunctionRuntime fromEnvironment(Map<String, String> environment) {
        // explicit region, credentials and HTTP client: the SDK skips its provider-chain probing on a cold start
        S3ClientBuilder builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle("true".equalsIgnoreCase(environment.get("GLUEDBT_S3_PATH_STYLE")));
        if (environment.get("AWS_REGION") != null) {
            builder.region(Region.of(environment.get("AWS_REGION")));
        }
        if (environment.get("AWS_ACCESS_KEY_ID") != null) {
            builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        S3Client s3 = builder.build();
        String bucket = environment.get("GLUEDBT_ARTIFACTS_BUCKET");
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("GLUEDBT_ARTIFACTS_BUCKET is not set: the bucket for runs/<runId>/ artifacts");
        }
        CatalogViewSource catalogs = "offline".equalsIgnoreCase(environment.get("GLUEDBT_CATALOG")) ? CatalogViewSource.offline()
                : ServiceLoader.load(CatalogViewSource.class).findFirst().orElseThrow(() -> missing("CatalogViewSource"));
        SessionService sessions = ServiceLoader.load(SessionServiceProvider.class).findFirst().map(SessionServiceProvider::create)
                .orElseGet(UnconfiguredSessionService::new);
        return new FunctionRuntime(s3, bucket, sessions, catalogs, PipelineSettings.fromEnvironment(environment),
                Path.of(environment.getOrDefault("GLUEDBT_SCRATCH", System.getProperty("java.io.tmpdir") + "/gluedbt")), Clock.systemUTC());
    }

    static IllegalStateException missing(String what) {
        return new IllegalStateException("no " + what + " provider on the classpath (META-INF/services/io.gluedbt.functions.session." + what
                + "): package the functions with gluedbt-glue");
    }

    public CompileService compile() {
        return compile;
    }

    public NodeService nodes() {
        return nodes;
    }

    public FinalizeService finalizer() {
        return finalizer;
    }
}
