package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.SelectionRequest;
import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.compile.CompileResult;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.project.LoadOptions;
import io.gluedbt.compiler.project.Target;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunPlan;
import io.gluedbt.functions.CompileRequest;
import io.gluedbt.functions.CompileResponse;
import io.gluedbt.functions.LaneStep;
import io.gluedbt.functions.session.CatalogViewSource;
import io.gluedbt.functions.session.SessionSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The Compile step: claim the S3 object version (a duplicate delivery stops here), fetch and unpack the zip,
 * load and select; schedule (previous timings → priorities and pool size) and start the pool's sessions, which
 * provision while every node compiles through the live catalog and is planned; write plan.json and manifest.json
 * under runs/&lt;runId&gt;/ and hand the state machine one starting step per lane.
 */
public final class CompileService {
    /** One daemon thread per container for the schemas' catalog calls: a Lambda handles one request at a time. */
    private static final java.util.concurrent.Executor SCHEMA_CREATION = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gluedbt-schemas");
        thread.setDaemon(true);
        return thread;
    });

    private final S3Client s3;
    private final RunStore store;
    private final CatalogViewSource catalogs;
    private final PipelineSettings settings;
    private final Path scratch;
    private final SessionPool pool;
    private final RunHistory history;

    public CompileService(S3Client s3, RunStore store, CatalogViewSource catalogs, SessionPool pool, RunHistory history, PipelineSettings settings,
            Path scratch) {
        this.s3 = requireNonNull(s3, "s3 is null");
        this.store = requireNonNull(store, "store is null");
        this.pool = requireNonNull(pool, "pool is null");
        this.history = requireNonNull(history, "history is null");
        this.catalogs = requireNonNull(catalogs, "catalogs is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.scratch = requireNonNull(scratch, "scratch is null");
    }

    public CompileResponse compile(CompileRequest request) {
        String name = "s3://" + request.bucket() + "/" + request.key();
        HeadObjectResponse head = s3.headObject(builder -> builder.bucket(request.bucket()).key(request.key()));
        String marker = "runs/by-object/" + request.bucket() + "/" + request.key() + "/" + deliveryId(request, head);
        if (!store.createIfAbsent(marker, request.runId())) {
            String first = new String(store.get(marker).orElseThrow(), StandardCharsets.UTF_8).trim();
            if (!first.equals(request.runId())) {
                return CompileResponse.duplicate(first);
            }
        }
        if (head.contentLength() > settings.archiveLimits().maxUncompressedBytes()) {
            throw new GluedbtException(ErrorCode.PROJECT_INVALID, name + ": the archive is larger than "
                    + settings.archiveLimits().maxUncompressedBytes() / (1024 * 1024) + " MB");
        }
        byte[] archive = s3.getObjectAsBytes(builder -> builder.bucket(request.bucket()).key(request.key())).asByteArray();
        Path directory = scratch.resolve(request.runId());
        try {
            return compile(request, ProjectArchive.extract(archive, name, directory, settings.archiveLimits()));
        } finally {
            delete(directory); // a warm container's /tmp keeps nothing of earlier runs
        }
    }

    private CompileResponse compile(CompileRequest request, Path root) {
        ProjectSession session = ProjectSession.open(options(root, request));
        RunCommand command = command(request.command());
        RunMode mode = request.fullRefresh() ? RunMode.FULL_REFRESH : RunMode.INCREMENTAL;
        RunPlan runPlan = RunPlan.of(session.manifest(), session.graph(),
                session.select(new SelectionRequest(request.select(), request.exclude(), null)), command);
        Target target = session.parsed().project().target();
        SessionSettings sessionSettings = new SessionSettings(request.runId(), target.name(), target.type(), target.values());
        Schedule schedule = Schedule.of(runPlan, history.timings(session.manifest().projectName(), target.name()),
                Math.min(Math.max(1, target.threads()), settings.maxSessions()), Math.min(settings.nodesPerStatement(), pool.maxNodesPerStatement()));
        List<String> sessionIds = pool.start(sessionSettings, schedule.poolSize());
        // the schemas are created while the nodes compile (compiling only reads the catalog: a schema not there yet
        // holds no relation either); both are done before any lane starts
        CompletableFuture<Void> schemas = CompletableFuture.runAsync(() -> pool.createSchemas(sessionSettings, PlanBuilder.schemas(runPlan)),
                SCHEMA_CREATION);
        Map<String, CompiledNode> compiled = new TreeMap<>();
        ExecutionPlan plan;
        try {
            plan = PlanBuilder.build(sessionSettings, session, runPlan, schedule, command, mode, catalogs.open(target), compiled);
        } catch (RuntimeException failure) {
            schemas.handle((done, ignored) -> done).join(); // let the catalog calls end; the build's failure is the one to report
            throw failure;
        }
        awaitSchemas(schemas);
        store.putJson(RunStore.runKey(request.runId(), "plan.json"), plan);
        store.markReady(request.runId(), plan.rootRanks());
        Path manifest = session.writeArtifacts(new CompileResult(compiled));
        store.put(RunStore.runKey(request.runId(), "manifest.json"), read(manifest), "application/json");
        List<LaneStep> lanes = java.util.stream.IntStream.range(0, sessionIds.size())
                .mapToObj(lane -> LaneStep.start(request.runId(), lane, sessionIds.get(lane))).toList();
        return new CompileResponse(CompileResponse.COMPILED, request.runId(), plan.projectName(), plan.nodes().size(), plan.poolSize(),
                Math.round(plan.criticalPathSeconds() * 10) / 10.0, lanes);
    }

    /** Waits for the schemas; their failure is Compile's, as thrown (a throttled call keeps its retryable class). */
    private static void awaitSchemas(CompletableFuture<Void> schemas) {
        try {
            schemas.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    /** The duplicate-delivery key's last part: the request's delivery id, else the object version, else the etag. */
    static String deliveryId(CompileRequest request, HeadObjectResponse head) {
        if (request.deliveryId() != null) {
            return request.deliveryId();
        }
        if (request.versionId() != null) {
            return request.versionId();
        }
        if (request.etag() != null) {
            return request.etag().replace("\"", "");
        }
        return head.versionId() != null ? head.versionId() : head.eTag().replace("\"", "");
    }

    private static LoadOptions options(Path root, CompileRequest request) {
        LoadOptions options = LoadOptions.forProject(root).withCliVars(request.vars());
        if (request.target() != null) {
            options = options.withTarget(request.target());
        }
        if (request.profilesDir() != null) {
            Path directory = root.resolve(request.profilesDir()).normalize();
            if (!directory.startsWith(root) || !Files.isRegularFile(directory.resolve("profiles.yml"))) {
                throw new GluedbtException(ErrorCode.PROJECT_INVALID, "profilesDir '" + request.profilesDir()
                        + "': no profiles.yml in that directory of the project archive");
            }
            return options.withProfilesDir(directory);
        }
        for (Path candidate : new Path[] {root, root.resolve("profiles")}) {
            if (Files.isRegularFile(candidate.resolve("profiles.yml"))) {
                return options.withProfilesDir(candidate);
            }
        }
        return options;
    }

    private static RunCommand command(String name) {
        try {
            return RunCommand.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException exception) {
            throw new GluedbtException(ErrorCode.CONFIG_INVALID, "unknown command '" + name + "': expected run, build, seed, snapshot or test");
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
