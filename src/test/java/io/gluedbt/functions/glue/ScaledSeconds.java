package io.gluedbt.functions.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionSettings;
import java.util.List;
import java.util.Optional;

/** A session service whose results' seconds (real, measured by Glue or the prelude) are multiplied by the bench's time scale. */
final class ScaledSeconds implements SessionService {
    private final SessionService delegate;
    private final double timeScale;

    ScaledSeconds(SessionService delegate, double timeScale) {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.timeScale = timeScale;
    }

    @Override
    public void create(SessionSettings settings, List<String> sessionIds) {
        delegate.create(settings, sessionIds);
    }

    @Override
    public boolean ready(SessionSettings settings, String sessionId) {
        return delegate.ready(settings, sessionId);
    }

    @Override
    public void createSchemas(SessionSettings settings, List<String> schemas) {
        delegate.createSchemas(settings, schemas);
    }

    @Override
    public int maxNodesPerStatement() {
        return delegate.maxNodesPerStatement();
    }

    @Override
    public String start(SessionSettings settings, String sessionId, List<NodeStatements> nodes) {
        return delegate.start(settings, sessionId, nodes);
    }

    @Override
    public Optional<List<NodeResult>> poll(SessionSettings settings, String sessionId, String statementId, List<String> nodeIds) {
        return delegate.poll(settings, sessionId, statementId, nodeIds).map(results -> results.stream().map(this::scaled).toList());
    }

    @Override
    public void stop(SessionSettings settings, List<String> sessionIds) {
        delegate.stop(settings, sessionIds);
    }

    private NodeResult scaled(NodeResult result) {
        return new NodeResult(result.nodeId(), result.outcomes(), result.failure(), result.seconds() * timeScale);
    }
}
