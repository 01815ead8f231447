package io.gluedbt.functions;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionSettings;
import java.util.List;
import java.util.Optional;

/** Stands in when no SessionServiceProvider is packaged: anything touching Glue fails clearly. */
final class UnconfiguredSessionService implements SessionService {
    @Override
    public void create(SessionSettings settings, List<String> sessionIds) {
        throw FunctionRuntime.missing("SessionServiceProvider");
    }

    @Override
    public boolean ready(SessionSettings settings, String sessionId) {
        throw FunctionRuntime.missing("SessionServiceProvider");
    }

    @Override
    public void createSchemas(SessionSettings settings, List<String> schemas) {
        throw FunctionRuntime.missing("SessionServiceProvider");
    }

    @Override
    public String start(SessionSettings settings, String sessionId, List<NodeStatements> nodes) {
        throw FunctionRuntime.missing("SessionServiceProvider");
    }

    @Override
    public Optional<List<NodeResult>> poll(SessionSettings settings, String sessionId, String statementId, List<String> nodeIds) {
        throw FunctionRuntime.missing("SessionServiceProvider");
    }

    @Override
    public void stop(SessionSettings settings, List<String> sessionIds) {
        if (!sessionIds.isEmpty()) {
            throw FunctionRuntime.missing("SessionServiceProvider");
        }
    }
}
