package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Glue interactive-session billing on a scaled clock: a session is billed its DPUs times the simulated seconds from
 * CreateSession to its billed end, at least one minute. The billed end is when it was stopped, or, for a session never
 * stopped, its last activity plus its IdleTimeout (when Glue times it out).
 *
 * @param timeScale simulated seconds per real second
 */
record SessionBilling(double timeScale) {
    static final double MINIMUM_SECONDS = 60;

    SessionBilling {
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("timeScale must be positive: " + timeScale);
        }
    }

    /** The simulated seconds {@code session} is billed. */
    double billedSeconds(BilledSession session) {
        requireNonNull(session, "session is null");
        double seconds = session.stoppedMillis().isPresent()
                ? simulated(session.stoppedMillis().getAsLong() - session.createdMillis())
                : simulated(session.lastActivityMillis() - session.createdMillis()) + session.idleTimeoutMinutes() * 60.0;
        return Math.max(MINIMUM_SECONDS, seconds);
    }

    double dpuSeconds(List<BilledSession> sessions) {
        return sessions.stream().mapToDouble(session -> billedSeconds(session) * session.dpus()).sum();
    }

    /** What the sessions would have cost had every one still running been stopped at {@code stopMillis}. */
    double dpuSecondsIfStoppedAt(List<BilledSession> sessions, long stopMillis) {
        return dpuSeconds(sessions.stream().map(session -> session.stoppedBy(stopMillis)).toList());
    }

    /** Real milliseconds as simulated seconds. */
    double simulated(long realMillis) {
        return realMillis * timeScale / 1000.0;
    }
}
