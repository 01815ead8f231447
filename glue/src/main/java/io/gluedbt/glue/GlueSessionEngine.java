package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.ResultMode;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.error.GluedbtException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a plan on AWS Glue interactive sessions: a pool of {@code threads} sessions created in parallel when the
 * engine opens, one RunStatement per node (the prelude rides on each session's first statement), GetStatement
 * polled with backoff, the Glue Data Catalog for catalog questions, Lake Formation applied per node on request.
 * {@link #close} stops every session the engine created, also after failures.
 */
public final class GlueSessionEngine implements Engine {
    private final GlueSettings settings;
    private final GlueClients clients;
    private final ClientOwnership ownership;
    private final SessionPool pool;
    private final StatementPoller poller;
    private final PayloadStage stage;
    private final GlueCatalogView catalog;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GlueSessionEngine(GlueSettings settings, GlueClients clients, ClientOwnership ownership, PollingPolicy policy) {
        this.settings = settings;
        this.clients = clients;
        this.ownership = ownership;
        AwsCalls calls = new AwsCalls(policy, AwsCalls.Sleeper.system());
        this.pool = new SessionPool(settings, clients.glue(), calls);
        this.poller = new StatementPoller(clients.glue(), calls, new SessionStarter(settings, clients.glue(), calls, closed::get),
                Duration.ofMinutes(settings.queryTimeoutMinutes()));
        this.stage = new PayloadStage(clients.s3(), settings.location());
        this.catalog = new GlueCatalogView(clients.glue(), calls, this::execute);
    }

    /**
     * Opens the engine with its own clients (closed with the engine). Sessions (billed from their start) are created
     * when the first statement or {@link #ensureSchemas} (the start of a run) needs them, so catalog-only work such as
     * {@code docs generate} starts none.
     */
    public static GlueSessionEngine open(GlueSettings settings) {
        requireNonNull(settings, "settings is null");
        return start(new GlueSessionEngine(settings, GlueClients.create(settings), ClientOwnership.OWNED, PollingPolicy.standard()));
    }

    /** Opens the engine on the caller's clients (left open on close). */
    public static GlueSessionEngine open(GlueSettings settings, GlueClients clients) {
        return open(settings, clients, PollingPolicy.standard());
    }

    public static GlueSessionEngine open(GlueSettings settings, GlueClients clients, PollingPolicy policy) {
        requireNonNull(settings, "settings is null");
        requireNonNull(clients, "clients is null");
        requireNonNull(policy, "policy is null");
        return start(new GlueSessionEngine(settings, clients, ClientOwnership.BORROWED, policy));
    }

    private static GlueSessionEngine start(GlueSessionEngine engine) {
        return engine;
    }

    @Override
    public CatalogView catalog() {
        return catalog;
    }

    /** Lake Formation tags and data cell filters for a node's relation ({@code lf_tags_config}, {@code lf_grants}). */
    public LakeFormationApplier lakeFormation() {
        return new LakeFormationApplier(clients.lakeFormation(), settings.accountId());
    }

    /** The sessions this engine created so far (stopped on close). */
    public List<String> createdSessionIds() {
        return pool.createdSessionIds();
    }

    @Override
    public NodeResult execute(NodeStatements statements) {
        requireNonNull(statements, "statements is null");
        long started = System.nanoTime();
        if (statements.statements().isEmpty()) {
            return new NodeResult(statements.nodeId(), List.of(), Optional.empty(), 0);
        }
        GlueSession session;
        try {
            pool.open();
            session = pool.lease();
        } catch (GluedbtException exception) {
            return failed(statements, "GlueSessionUnavailable", exception.getMessage(), started);
        }
        String staged = null;
        boolean released = false;
        try {
            byte[] payload = StatementCode.payload(statements.statements());
            String code = StatementCode.code(StatementCode.inlineCall(payload), session.prelude());
            if (!StatementCode.fits(code)) {
                staged = stage.put(statements.nodeId(), payload);
                code = StatementCode.code(StatementCode.stagedCall(staged), session.prelude());
            }
            StatementPoller.Reply reply = poller.run(session, code);
            switch (reply.kind()) {
                case OUTPUT -> {
                    Optional<ResultDecoder.Decoded> decoded = ResultDecoder.decode(reply.output());
                    if (decoded.isEmpty()) {
                        session.preludeUnknown();
                        return failed(statements, "GluedbtProtocolError", "the Glue statement printed no "
                                + ResultDecoder.MARKER.strip() + " line; its output: " + ResultDecoder.excerpt(reply.output()), started);
                    }
                    session.preludeLoaded();
                    return new NodeResult(statements.nodeId(), decoded.get().outcomes(), decoded.get().failure(), secondsSince(started));
                }
                case SESSION_DEAD -> {
                    released = true;
                    pool.discard(session, reply.message());
                    return failed(statements, reply.errorClass(), reply.message(), started);
                }
                default -> {
                    return failed(statements, reply.errorClass(), reply.message(), started);
                }
            }
        } catch (GluedbtException exception) {
            return failed(statements, exception.code().name(), exception.getMessage(), started);
        } finally {
            if (!released) {
                pool.release(session);
            }
            if (staged != null) {
                stage.delete(staged);
            }
            if (statements.statements().stream().anyMatch(statement -> statement.resultMode() == ResultMode.NONE)) {
                catalog.invalidate();
            }
        }
    }

    /** Applies the model's {@code lf_tags_config} and {@code lf_grants} with the Lake Formation API, as dbt-glue does after a build. */
    @Override
    public void afterBuild(io.gluedbt.compiler.model.Node node) {
        if (node.config().containsKey("lf_tags_config") || node.config().containsKey("lf_grants")) {
            lakeFormation().apply(node, node.schema(), node.alias());
        }
    }

    /** Creates missing schemas with the Data Catalog API (no statements). */
    @Override
    public void ensureSchemas(Collection<String> schemas) {
        pool.open();
        schemas.stream().sorted().distinct().forEach(schema -> catalog.ensureDatabase(schema, settings.location()));
        catalog.invalidate();
    }

    @Override
    public String describe() {
        return "AWS Glue " + settings.glueVersion() + " interactive sessions in " + settings.region()
                + settings.glueEndpoint().map(endpoint -> " via " + endpoint).orElse("")
                + ", pool of " + settings.threads() + " x " + settings.workers() + " " + settings.workerType()
                + (settings.reuseSessionId().map(id -> ", reusing " + id).orElse(""));
    }

    /** Stops the sessions this engine created (idempotent); closes the clients when the engine made them. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            pool.close();
        } finally {
            if (ownership == ClientOwnership.OWNED) {
                clients.close();
            }
        }
    }

    private static NodeResult failed(NodeStatements statements, String errorClass, String message, long started) {
        return new NodeResult(statements.nodeId(), List.of(), Optional.of(new StatementFailure(0, errorClass, message)), secondsSince(started));
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private enum ClientOwnership {
        OWNED, BORROWED
    }
}
