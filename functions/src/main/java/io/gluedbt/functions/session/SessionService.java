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
     * Starts creating the sessions and returns without waiting (they provision while the run compiles); a session
     * that already exists (a retried call) is left as it is.
     */
    void create(SessionSettings settings, List<String> sessionIds);

    /** True once the session is READY, false while it provisions; a session that failed, ended or vanished throws with Glue's reason. */
    boolean ready(SessionSettings settings, String sessionId);

    /** Creates the schemas missing from the catalog (through its API: no session, no statement). */
    void createSchemas(SessionSettings settings, List<String> schemas);

    /** How many nodes one statement may carry ({@link #start}); 1 unless the service says more. */
    default int maxNodesPerStatement() {
        return 1;
    }

    /**
     * Starts the nodes' statements as one statement on the session (several nodes run side by side in it) and returns
     * the statement id. Never more nodes than {@link #maxNodesPerStatement()}.
     */
    String start(SessionSettings settings, String sessionId, List<NodeStatements> nodes);

    /** Each node's result, in {@code nodeIds} order, once the statement finished (succeeded or failed); empty while it runs. */
    Optional<List<NodeResult>> poll(SessionSettings settings, String sessionId, String statementId, List<String> nodeIds);

    /** Stops the sessions; sessions already stopped or never created are not an error. */
    void stop(SessionSettings settings, List<String> sessionIds);
}
