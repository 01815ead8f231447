package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * What one Glue session used, for billing: its lifetime, configured capacity and statements. Times are epoch
 * milliseconds of this machine's clock (unscaled).
 *
 * @param sessionId the session's id
 * @param createdMillis when CreateSession was answered
 * @param readyMillis when it became READY; empty if it never did (yet)
 * @param endedMillis when StopSession, DeleteSession, the idle timeout or a failure ended it; empty while alive
 * @param idleTimeoutMinutes CreateSession's IdleTimeout, Glue's default 2880 when absent
 * @param dpus configured capacity: NumberOfWorkers times the WorkerType's DPUs, else MaxCapacity, else 5
 * @param statements statements submitted
 * @param firstStatementStartMillis when the first statement started running; empty before
 * @param lastStatementEndMillis when the latest finished statement ended; empty before
 */
public record SessionUsage(String sessionId, long createdMillis, OptionalLong readyMillis, OptionalLong endedMillis,
        int idleTimeoutMinutes, double dpus, int statements, OptionalLong firstStatementStartMillis,
        OptionalLong lastStatementEndMillis) {
    public SessionUsage {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(readyMillis, "readyMillis is null");
        requireNonNull(endedMillis, "endedMillis is null");
        requireNonNull(firstStatementStartMillis, "firstStatementStartMillis is null");
        requireNonNull(lastStatementEndMillis, "lastStatementEndMillis is null");
        if (dpus <= 0) {
            throw new IllegalArgumentException("dpus must be positive: " + dpus);
        }
        if (statements < 0) {
            throw new IllegalArgumentException("statements must not be negative: " + statements);
        }
    }
}
