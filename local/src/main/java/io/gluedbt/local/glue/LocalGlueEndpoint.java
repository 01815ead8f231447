package io.gluedbt.local.glue;

import java.net.URI;
import java.util.List;

/**
 * A local AWS Glue interactive-sessions endpoint: the real AWS JSON 1.1 protocol on 127.0.0.1, so the SDK's
 * {@code GlueClient} (endpointOverride {@link #uri()}) and boto3 ({@code AWS_ENDPOINT_URL_GLUE}) work unchanged.
 * Statement code runs in a real PySpark attached to this JVM's SparkSession (one Python process per Glue
 * session); Data Catalog calls answer from the same metastore. The same server answers Lake Formation
 * (a recording fake) and STS {@code GetCallerIdentity}.
 * <p>
 * {@link #close()} stops every session and ends every Python process; a shutdown hook does the same if the
 * JVM exits first.
 */
public interface LocalGlueEndpoint extends AutoCloseable {
    /** Starts the endpoint on {@code options}; returns when it accepts requests. */
    static LocalGlueEndpoint start(EndpointOptions options) {
        return GlueEndpointServer.start(options);
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint override for Glue, Lake Formation and STS clients. */
    URI uri();

    /** Every request answered so far. */
    CallLog calls();

    /** Switchable faults and time scaling, effective from the next request. */
    EndpointFaults faults();

    /**
     * Starts {@code workers} Python workers ahead of any session and blocks until each is attached to Spark.
     * CreateSession hands them out (the session is READY after {@link EndpointFaults#provisioningDelay} from
     * CreateSession); once none is left, sessions start their own worker as before. None is started in the
     * background; those never handed out end with {@link #close()}.
     */
    void prewarm(int workers);

    /** Usage of every session created so far (deleted ones too), in creation order: an immutable snapshot. */
    List<SessionUsage> sessionUsage();

    /** Stops every session, kills every Python worker and the server. Idempotent. */
    @Override
    void close();
}
