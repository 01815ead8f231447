package io.gluedbt.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.gluedbt.functions.pipeline.Json;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** RunNode: the lane claims the next ready node and starts it on its session (or skips it), waits, hands over or ends. */
public final class RunNodeHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(RunNodeHandler.class);
    private final FunctionRuntime runtime;

    public RunNodeHandler() {
        this(FunctionRuntime.container());
    }

    public RunNodeHandler(FunctionRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        LaneStep step = Json.convert(input, LaneStep.class);
        return Telemetry.invocation(context, step.runId(), () -> {
            LaneStep next = runtime.nodes().run(step);
            Telemetry.node(next.nodeId());
            if (LaneStep.RUNNING.equals(next.state())) {
                LOG.info("started statement {} on {}", next.statementId(), next.sessionId());
            } else if (LaneStep.DONE.equals(next.state())) {
                LOG.info("node finished without running (skipped or not compiled)");
            } else if (LaneStep.LANE_END.equals(next.state())) {
                LOG.info("lane {} ended: nothing left for it; session {} stopped", next.lane(), next.sessionId());
            } else if (LaneStep.YIELD.equals(next.state())) {
                LOG.info("lane {} hands over to a fresh execution after {} steps", next.lane(), next.steps());
            }
            return Json.MAPPER.convertValue(next, Json.MAP);
        });
    }
}
