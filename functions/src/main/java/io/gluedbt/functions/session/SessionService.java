package io.gluedbt.functions.session;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import java.util.List;
import java.util.Optional;

/**
 * The Glue-facing seam of the cloud run: a pool of interactive sessions, one statement at a time per session.
 * The glue module implements it (GlueSessionEngine's pool, one RunStatement per node with its PySpark prelude);
 * a provider is found through {@link SessionServiceProvider} (java.util.ServiceLoader).
 *
 * (Glue's ThrottlingException, ConcurrentRunsExceededException, ResourceNumberLimitExceededException)
 * Every call gets the run's settings: a Lambda container keeps nothing between calls, and the target's values
 * (region, {@code endpoint_url}, {@code location}) say which Glue and which S3 to talk to.
 *
 * <p>Throttling: its class name is the Step Functions error name the state
 * machine retries with backoff and full jitter. Every other failure propagates as is.
 */
public interface SessionService {
    /**
     * Creates {@code size} sessions with the ids {@code settings.sessionId(0..size-1)} and waits until they are
     * ready for statements. On failure it stops the sessions it created before rethrowing.
     */
    List<String> open(SessionSettings settings, int size);

    /** Starts the node's statements as one statement on the session; returns the statement id. */
    String start(SessionSettings settings, String sessionId, NodeStatements statements);

    /** The node's result once the statement finished (succeeded or failed), empty while it runs. */
    Optional<NodeResult> poll(SessionSettings settings, String sessionId, String statementId);

    /** Stops the sessions; sessions already stopped or never created are not an error. */
    void stop(SessionSettings settings, List<String> sessionIds);
}
