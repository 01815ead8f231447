package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.functions.session.SessionService;
import io.gluedbt.functions.session.SessionSettings;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Opens and stops a run's pool. The ids are written to runs/&lt;runId&gt;/sessions.json before any session exists, so
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
        return opened;
    }

    /** Stops every session the run may have created; returns their ids. */
    public List<String> stopAll(String runId) {
        List<String> ids = store.get(RunStore.runKey(runId, "sessions.json"))
                .map(bytes -> List.of(Json.read(bytes, String[].class))).orElse(List.of());
        if (!ids.isEmpty()) {
            sessions.stop(ids);
        }
        return ids;
    }
}
