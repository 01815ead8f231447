package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * One Glue session as billing sees it; times are real epoch milliseconds of this machine.
 *
 * @param sessionId the session
 * @param createdMillis when CreateSession was answered (billing starts)
 * @param stoppedMillis when the tool stopped or deleted it; empty when it never did (it then idles until IdleTimeout)
 * @param lastActivityMillis its last activity: the last statement's end, else when it became READY, else its creation
 * @param idleTimeoutMinutes CreateSession's IdleTimeout (simulated minutes)
 * @param dpus its configured DPUs
 */
record BilledSession(String sessionId, long createdMillis, OptionalLong stoppedMillis, long lastActivityMillis, int idleTimeoutMinutes, double dpus) {
    BilledSession {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(stoppedMillis, "stoppedMillis is null");
        if (lastActivityMillis < createdMillis || stoppedMillis.orElse(createdMillis) < createdMillis) {
            throw new IllegalArgumentException("session " + sessionId + " ends before it was created");
        }
        if (idleTimeoutMinutes < 0 || !(dpus > 0)) {
            throw new IllegalArgumentException("session " + sessionId + ": invalid idle timeout " + idleTimeoutMinutes + " or DPUs " + dpus);
        }
    }

    /** The same session as if the tool had stopped it at {@code stopMillis}, unless it was stopped already. */
    BilledSession stoppedBy(long stopMillis) {
        if (stoppedMillis.isPresent()) {
            return this;
        }
        return new BilledSession(sessionId, createdMillis, OptionalLong.of(Math.max(createdMillis, stopMillis)), lastActivityMillis, idleTimeoutMinutes, dpus);
    }
}
