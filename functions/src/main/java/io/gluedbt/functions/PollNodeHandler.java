package io.gluedbt.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.gluedbt.functions.pipeline.Json;
import io.gluedbt.functions.pipeline.NodeOutcome;
import io.gluedbt.functions.pipeline.PolledStep;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PollNode: one GetStatement; RUNNING with a longer wait, or DONE with the node's result stored. */
public final class PollNodeHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(PollNodeHandler.class);
    private final FunctionRuntime runtime;

    public PollNodeHandler() {
        this(FunctionRuntime.container());
    }

    public PollNodeHandler(FunctionRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        LaneStep step = Json.convert(input, LaneStep.class);
        return Telemetry.invocation(context, step.runId(), () -> {
            Telemetry.node(step.nodeId());
            PolledStep polled = runtime.nodes().poll(step);
            for (NodeOutcome outcome : polled.outcomes()) {
                LOG.info("{} {} in {} s: {}", outcome.nodeId(), outcome.status().dbtName(), outcome.executionTime(), outcome.message());
                Telemetry.seconds("StatementSeconds", outcome.executionTime());
            }
            return Json.MAPPER.convertValue(polled.step(), Json.MAP);
        });
    }
}
