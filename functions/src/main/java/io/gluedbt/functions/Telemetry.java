package io.gluedbt.functions;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Powertools without AspectJ: each invocation runs inside {@code PowertoolsLogging.withLogging} with the run id (and
 * node id, when known) as MDC keys on every line; metrics go out as EMF, one flushed metric at a time so concurrent
 * invocations in one JVM (the local bridge) never share a half-built metrics document.
 */
final class Telemetry {
    static final String NAMESPACE = "gluedbt";

    private Telemetry() {}

    static <T> T invocation(Context context, String runId, Supplier<T> body) {
        return PowertoolsLogging.withLogging(context, () -> {
            MDC.put("runId", runId);
            try {
                return body.get();
            } finally {
                MDC.remove("runId");
                MDC.remove("nodeId");
            }
        });
    }

    static void node(String nodeId) {
        if (nodeId != null) {
            MDC.put("nodeId", nodeId);
        }
    }

    static void count(String name, double value) {
        metrics().flushSingleMetric(name, value, MetricUnit.COUNT, NAMESPACE);
    }

    static void seconds(String name, double value) {
        metrics().flushSingleMetric(name, value, MetricUnit.SECONDS, NAMESPACE);
    }

    private static Metrics metrics() {
        return MetricsFactory.getMetricsInstance();
    }
}
