package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionSettings;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Starts and stops a run's pool. The settings and ids are written to runs/&lt;runId&gt;/sessions.json before any
 * session exists, so Finalize stops every one of them whatever failed in between (even a compile that failed after
 * the sessions started): sessions are never leaked. A lane stops its own session as soon as it ends.
 */
public final class SessionPool {
    private final RunStore store;
    private final SessionService sessions;

    /** sessions.json: the target's settings and every session id the run may have created. */
    record Pool(SessionSettings session, List<String> sessionIds) {
        Pool {
            requireNonNull(session, "session is null");
            sessionIds = List.copyOf(sessionIds);
        }
    }

    public SessionPool(RunStore store, SessionService sessions) {
        this.store = requireNonNull(store, "store is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
    }

    /** Starts creating {@code size} sessions without waiting for them (they provision while the nodes compile). */
    public List<String> start(SessionSettings settings, int size) {
        List<String> ids = IntStream.range(0, size).mapToObj(settings::sessionId).toList();
        if (ids.isEmpty()) {
            return ids;
        }
        store.putJson(RunStore.runKey(settings.runId(), "sessions.json"), new Pool(settings, ids));
        sessions.create(settings, ids);
        return ids;
    }

    /** Creates the run's schemas missing from the catalog, through its API, as dbt does before the first node. */
    public void createSchemas(SessionSettings settings, List<String> schemas) {
        if (!schemas.isEmpty()) {
            sessions.createSchemas(settings, schemas);
        }
    }

    /** How many nodes one statement may carry on these sessions. */
    public int maxNodesPerStatement() {
        return sessions.maxNodesPerStatement();
    }

    /** Stops one lane's session (the lane has nothing left to run). */
    public void stop(SessionSettings settings, String sessionId) {
        sessions.stop(settings, List.of(sessionId));
    }

    /** Stops every session the run may have created; returns their ids. */
    public List<String> stopAll(String runId) {
        Pool pool = store.get(RunStore.runKey(runId, "sessions.json")).map(bytes -> Json.read(bytes, Pool.class)).orElse(null);
        if (pool == null) {
            return List.of();
        }
        sessions.stop(pool.session(), pool.sessionIds());
        return pool.sessionIds();
    }
}
