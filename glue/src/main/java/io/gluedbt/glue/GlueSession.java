package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

/**
 * A READY Glue session of the pool. {@code ownership} says whether the engine stops it on close; the prelude
 * state is touched only by the one node that leases the session.
 */
final class GlueSession {
    private final String id;
    private final Ownership ownership;
    private volatile StatementCode.PreludeState prelude = StatementCode.PreludeState.NEEDED;

    GlueSession(String id, Ownership ownership) {
        this.id = requireNonNull(id, "id is null");
        this.ownership = requireNonNull(ownership, "ownership is null");
    }

    String id() {
        return id;
    }

    Ownership ownership() {
        return ownership;
    }

    StatementCode.PreludeState prelude() {
        return prelude;
    }

    void preludeLoaded() {
        prelude = StatementCode.PreludeState.LOADED;
    }

    /** The session printed no result: its globals may be gone, so the next statement carries the prelude again. */
    void preludeUnknown() {
        prelude = StatementCode.PreludeState.NEEDED;
    }

    @Override
    public String toString() {
        return id;
    }

    /** CREATED sessions are stopped on close; REUSABLE ones ({@code glue_session_reuse}) stay for the next run. */
    enum Ownership {
        CREATED, REUSABLE
    }
}
