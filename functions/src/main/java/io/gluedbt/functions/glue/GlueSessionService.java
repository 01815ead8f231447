package io.gluedbt.functions.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionSettings;
import io.gluedbt.functions.session.SessionThrottledException;
import io.gluedbt.glue.GlueStatements;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cloud run's sessions on AWS Glue ({@link GlueStatements}): one RunStatement per node, or per node and its
 * riders (they run side by side in the session's Python threads), carrying the prelude, one GetStatement per poll; Glue's throttling past the in-call retries becomes {@link SessionThrottledException},
 * which the state machine retries with backoff and jitter.
 */
final class GlueSessionService implements SessionService {
    private final GlueConnections connections;

    GlueSessionService(GlueConnections connections) {
        this.connections = requireNonNull(connections, "connections is null");
    }

    @Override
    public void create(SessionSettings settings, List<String> sessionIds) {
        throttling("creating " + sessionIds.size() + " sessions", () -> {
            connections.statements(settings).create(sessionIds);
            return null;
        });
    }

    @Override
    public boolean ready(SessionSettings settings, String sessionId) {
        return throttling("GetSession " + sessionId, () -> connections.statements(settings).ready(sessionId));
    }

    @Override
    public void createSchemas(SessionSettings settings, List<String> schemas) {
        throttling("creating schemas " + schemas, () -> {
            connections.statements(settings).ensureDatabases(schemas);
            return null;
        });
    }

    @Override
    public int maxNodesPerStatement() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String start(SessionSettings settings, String sessionId, List<NodeStatements> nodes) {
        return throttling("RunStatement on " + sessionId, () -> connections.statements(settings).start(sessionId, nodes));
    }

    @Override
    public Optional<List<NodeResult>> poll(SessionSettings settings, String sessionId, String statementId, List<String> nodeIds) {
        return throttling("GetStatement " + statementId + " on " + sessionId, () -> connections.statements(settings).poll(sessionId, statementId, nodeIds));
    }

    @Override
    public void stop(SessionSettings settings, List<String> sessionIds) {
        throttling("stopping " + sessionIds.size() + " sessions", () -> {
            connections.statements(settings).stop(sessionIds);
            return null;
        });
    }

    private static <T> T throttling(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException failure) {
            if (GlueStatements.throttled(failure)) {
                throw new SessionThrottledException("Glue throttled " + operation + ": " + failure.getMessage(), failure);
            }
            throw failure;
        }
    }
}
