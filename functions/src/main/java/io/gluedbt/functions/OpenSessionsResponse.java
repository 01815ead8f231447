package io.gluedbt.functions;

import java.util.List;

/** The session ids of the pool, ready for statements; lane i of every wave runs on session i. */
public record OpenSessionsResponse(List<String> sessions) {
    public OpenSessionsResponse {
        sessions = List.copyOf(sessions);
    }
}
