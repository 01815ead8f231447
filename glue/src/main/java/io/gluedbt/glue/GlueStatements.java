package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.glue.model.Statement;

/**
 * Glue interactive sessions without blocking on statements, for callers that keep no state between calls (the
 * cloud run's Lambdas): sessions created, checked and stopped by id, schemas created through the Data Catalog API,
 * a node (or several independent nodes, run at once in Python threads of the statement) started as ONE
 * RunStatement, its statement polled once per call. Since the caller cannot know whether a session already ran the
 * prelude, every statement carries it (it defines its functions only when the session lacks them): about 12.5 kB of
 * Glue's 68,000-character {@code Code} budget, and no extra statement per session. Payloads past the budget are
 * staged under {@code <location>/gluedbt/payloads/<sessionId>/} and deleted when the session is stopped.
 */
public final class GlueStatements {
    private static final String PROTOCOL_ERROR = "GluedbtProtocolError";

    private final GlueClients clients;
    private final AwsCalls calls;
    private final SessionStarter starter;
    private final StatementPoller poller;
    private final PayloadStage stage;
    private final GlueSettings settings;

    private GlueStatements(GlueSettings settings, GlueClients clients, PollingPolicy policy) {
        this.settings = settings;
        this.clients = clients;
        this.calls = new AwsCalls(policy, AwsCalls.Sleeper.system());
        this.starter = new SessionStarter(settings, clients.glue(), calls, () -> false);
        this.poller = new StatementPoller(clients.glue(), calls, starter, Duration.ofMinutes(settings.queryTimeoutMinutes()));
        this.stage = new PayloadStage(clients.s3(), settings.location());
    }

    /** Statements for one target's settings on the caller's clients (never closed here). */
    public static GlueStatements of(GlueSettings settings, GlueClients clients, PollingPolicy policy) {
        return new GlueStatements(requireNonNull(settings, "settings is null"), requireNonNull(clients, "clients is null"),
                requireNonNull(policy, "policy is null"));
    }

    /**
     * Starts creating the sessions and returns at once (CreateSession only; a session that already exists, for
     * example from a retried call, is left as it is): they provision while the caller does other work.
     */
    public void create(List<String> sessionIds) {
        List.copyOf(sessionIds).forEach(starter::create);
    }

    /**
     * One GetSession: true when the session is READY, false while it provisions; a session that failed, stopped,
     * timed out, vanished or provisions past {@code session_provisioning_timeout_in_seconds} fails with Glue's reason.
     */
    public boolean ready(String sessionId) {
        return starter.ready(requireNonNull(sessionId, "sessionId is null"));
    }

    /** GetDatabase, then CreateDatabase for each missing schema (at {@code <location>/<schema>}): no session, no statement. */
    public void ensureDatabases(List<String> schemas) {
        GlueCatalogView view = glueCatalog();
        schemas.stream().sorted().distinct().forEach(schema -> view.ensureDatabase(schema, settings.location()));
    }

    /** Starts the node's statements as one RunStatement (prelude + call) on the session; returns Glue's statement id. */
    public String start(String sessionId, NodeStatements statements) {
        return start(sessionId, List.of(requireNonNull(statements, "statements is null")));
    }

    /**
     * Starts the nodes as ONE RunStatement (prelude + call) on the session and returns Glue's statement id. One node
     * runs exactly as {@link #start(String, NodeStatements)} does; two or more independent nodes run at once, one
     * Python thread each inside the statement ({@code _gluedbt_run_many}), their payload staged in S3 past the
     * {@code Code} limit under the first node's id. Node ids must not repeat.
     */
    public String start(String sessionId, List<NodeStatements> nodes) {
        requireNonNull(sessionId, "sessionId is null");
        List<NodeStatements> all = List.copyOf(requireNonNull(nodes, "nodes is null"));
        nodeIds(all.stream().map(NodeStatements::nodeId).toList());
        String code = all.size() == 1 ? singleCode(sessionId, all.get(0)) : manyCode(sessionId, all);
        return String.valueOf(calls.retrying("RunStatement on " + sessionId, () -> clients.glue().runStatement(builder -> builder.sessionId(sessionId)
                .code(code).requestOrigin(SessionStarter.REQUEST_ORIGIN))).id());
    }

    /**
     * One GetStatement: the node's result once the statement ended, empty while it waits or runs. A statement whose
     * session died ends as a failed result ({@code GlueSessionLost}); throttling past the retries propagates. The
     * result's node id is the statement id.
     */
    public Optional<NodeResult> poll(String sessionId, String statementId) {
        return poll(sessionId, statementId, List.of(statementId)).map(results -> results.get(0));
    }

    /**
     * One GetStatement for a statement started with {@link #start(String, List)}: empty while it waits or runs, then
     * one result per node id in the given order. One node's result is the statement's, timed by the statement; of
     * several nodes, each has its own outcomes, failure and wall seconds from the prelude. When the statement itself
     * failed (an error or cancellation, a lost session, no result line, a node missing from it) every node gets that
     * failure, timed by the statement; throttling past the retries propagates.
     */
    public Optional<List<NodeResult>> poll(String sessionId, String statementId, List<String> nodeIds) {
        requireNonNull(sessionId, "sessionId is null");
        int id = Integer.parseInt(requireNonNull(statementId, "statementId is null"));
        List<String> ids = nodeIds(nodeIds);
        Statement statement;
        try {
            statement = calls.retrying("GetStatement " + id + " on " + sessionId, () -> clients.glue().getStatement(builder -> builder.sessionId(sessionId)
                    .id(id).requestOrigin(SessionStarter.REQUEST_ORIGIN))).statement();
        } catch (AwsServiceException | GluedbtException exception) {
            if (throttled(exception)) {
                throw exception;
            }
            StatementPoller.Reply reply = poller.sessionFailure(new GlueSession(sessionId, GlueSession.Ownership.CREATED), exception);
            if (reply.kind() != StatementPoller.Reply.Kind.SESSION_DEAD) {
                throw exception;
            }
            return Optional.of(failedAll(ids, reply.errorClass(), reply.message(), 0));
        }
        double seconds = statement.startedOn() != null && statement.completedOn() != null
                ? Math.max(0, statement.completedOn() - statement.startedOn()) / 1000.0 : 0;
        return StatementPoller.finished(statement, sessionId).map(reply -> results(ids, reply, seconds));
    }

    /** Stops the sessions (absent or already ended ones are skipped) and deletes their staged payloads. */
    public void stop(List<String> sessionIds) {
        List<String> failures = new ArrayList<>();
        for (String id : sessionIds) {
            try {
                calls.retrying("StopSession " + id, () -> clients.glue().stopSession(builder -> builder.id(id).requestOrigin(SessionStarter.REQUEST_ORIGIN)));
            } catch (software.amazon.awssdk.services.glue.model.EntityNotFoundException
                    | software.amazon.awssdk.services.glue.model.IllegalSessionStateException gone) {
                // never created, already stopping, stopped, failed or timed out
            } catch (AwsServiceException | GluedbtException exception) {
                if (throttled(exception)) {
                    throw exception;
                }
                failures.add(id + ": " + exception.getMessage());
            }
            stage.deleteFolder(id);
        }
        if (!failures.isEmpty()) {
            throw new GluedbtException(ErrorCode.GLUE_SESSION_FAILED, "could not stop Glue sessions " + String.join("; ", failures));
        }
    }

    /**
     * The Data Catalog through the Glue API (GetTable, cached), for compiling without a session: {@code run_query}
     * and {@code describe query} fail with a message saying so.
     */
    public CatalogView catalog() {
        return glueCatalog();
    }

    private GlueCatalogView glueCatalog() {
        return new GlueCatalogView(clients.glue(), calls, statements -> failed(statements.nodeId(), "GlueSessionUnavailable",
                "queries need a Glue session; the cloud run compiles from the Data Catalog only (GetTable)", 0));
    }

    /** Whether Glue refused for rate or quota (ThrottlingException, ConcurrentRunsExceeded, ResourceNumberLimitExceeded), anywhere in the causes. */
    public static boolean throttled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AwsServiceException aws) {
                String code = aws.awsErrorDetails() == null ? "" : String.valueOf(aws.awsErrorDetails().errorCode());
                if (aws.isThrottlingException() || code.equals("ConcurrentRunsExceededException") || code.equals("ResourceNumberLimitExceededException")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private String singleCode(String sessionId, NodeStatements node) {
        return code(sessionId, node.nodeId(), StatementCode.payload(node.statements()), StatementCode::inlineCall, StatementCode::stagedCall);
    }

    private String manyCode(String sessionId, List<NodeStatements> nodes) {
        return code(sessionId, nodes.get(0).nodeId(), StatementCode.manyPayload(nodes), StatementCode::inlineManyCall, StatementCode::stagedManyCall);
    }

    /** The prelude and the inline call, or past Glue's {@code Code} limit the call naming the payload staged in S3. */
    private String code(String sessionId, String stageKey, byte[] payload, Function<byte[], String> inline, Function<String, String> staged) {
        String code = StatementCode.code(inline.apply(payload), StatementCode.PreludeState.NEEDED);
        return StatementCode.fits(code) ? code : StatementCode.code(staged.apply(stage.put(sessionId, stageKey, payload)), StatementCode.PreludeState.NEEDED);
    }

    private static List<String> nodeIds(List<String> nodeIds) {
        List<String> ids = List.copyOf(requireNonNull(nodeIds, "nodeIds is null"));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a statement runs at least one node");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("node ids repeat in one statement: " + ids);
        }
        return ids;
    }

    private static List<NodeResult> results(List<String> nodeIds, StatementPoller.Reply reply, double seconds) {
        if (reply.kind() != StatementPoller.Reply.Kind.OUTPUT) {
            return failedAll(nodeIds, reply.errorClass(), reply.message(), seconds);
        }
        if (nodeIds.size() == 1) {
            return List.of(result(nodeIds.get(0), reply.output(), seconds));
        }
        try {
            return ResultDecoder.decodeMany(reply.output(), nodeIds).stream().map(node -> new NodeResult(node.nodeId(), node.decoded().outcomes(),
                    node.decoded().failure(), node.seconds())).toList();
        } catch (ResultDecoder.ProtocolException exception) {
            return failedAll(nodeIds, PROTOCOL_ERROR, exception.getMessage(), seconds);
        }
    }

    private static NodeResult result(String nodeId, String output, double seconds) {
        Optional<ResultDecoder.Decoded> decoded = ResultDecoder.decode(output);
        if (decoded.isEmpty()) {
            return failed(nodeId, PROTOCOL_ERROR, "the Glue statement printed no " + ResultDecoder.MARKER.strip() + " line; its output: "
                    + ResultDecoder.excerpt(output), seconds);
        }
        return new NodeResult(nodeId, decoded.get().outcomes(), decoded.get().failure(), seconds);
    }

    private static List<NodeResult> failedAll(List<String> nodeIds, String errorClass, String message, double seconds) {
        return nodeIds.stream().map(nodeId -> failed(nodeId, errorClass, message, seconds)).toList();
    }

    private static NodeResult failed(String nodeId, String errorClass, String message, double seconds) {
        return new NodeResult(nodeId, List.of(), Optional.of(new StatementFailure(0, errorClass, message)), seconds);
    }
}
