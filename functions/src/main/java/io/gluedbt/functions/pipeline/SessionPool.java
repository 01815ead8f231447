package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionSettings;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Opens and stops a run's pool, and creates the run's schemas on it before the first wave. The ids are written to runs/&lt;runId&gt;/sessions.json before any session exists, so
 * Finalize stops every one of them whatever failed in between: sessions are never leaked.
 */
public final class SessionPool {
    private final RunStore store;
    private final SessionService sessions;

    public SessionPool(RunStore store, SessionService sessions) {
        this.store = requireNonNull(store, "store is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
    }

    public List<String> open(String runId, int size) {
        SessionSettings settings = store.plan(runId).session();
        List<String> planned = IntStream.range(0, size).mapToObj(settings::sessionId).toList();
        store.putJson(RunStore.runKey(runId, "sessions.json"), planned);
        List<String> opened = sessions.open(settings, size);
        if (!opened.equals(planned)) {
            store.putJson(RunStore.runKey(runId, "sessions.json"), java.util.stream.Stream.concat(planned.stream(), opened.stream()).distinct().toList());
        }
        createSchemas(settings, store.plan(runId).schemas(), opened.get(0));
        return opened;
    }

    /** dbt creates the run's schemas before the first node: one statement on the first session, polled here. */
    private void createSchemas(SessionSettings settings, List<String> schemas, String sessionId) {
        if (schemas.isEmpty()) {
            return;
        }
        List<SqlStatement> statements = schemas.stream().map(schema -> SqlStatement.run("create database if not exists " + schema, "create schema " + schema))
                .toList();
        String statementId = sessions.start(settings, sessionId, new NodeStatements("operation.create_schemas", statements));
        long pause = 200;
        Optional<NodeResult> result = sessions.poll(settings, sessionId, statementId);
        while (result.isEmpty()) {
            sleep(pause);
            pause = Math.min(2_000, pause * 2);
            result = sessions.poll(settings, sessionId, statementId);
        }
        if (result.get().failure().isPresent()) {
            StatementFailure failure = result.get().failure().get();
            throw new IllegalStateException("could not create schema " + schemas.get(Math.min(failure.statementIndex(), schemas.size() - 1)) + ": "
                    + failure.errorClass() + ": " + failure.message());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating schemas", interrupted);
        }
    }

    /** Stops every session the run may have created; returns their ids. */
    public List<String> stopAll(String runId) {
        List<String> ids = store.get(RunStore.runKey(runId, "sessions.json"))
                .map(bytes -> List.of(Json.read(bytes, String[].class))).orElse(List.of());
        if (!ids.isEmpty()) {
            // sessions.json is written after plan.json, so the plan (and the target's settings) exists here
            sessions.stop(store.plan(runId).session(), ids);
        }
        return ids;
    }
}
