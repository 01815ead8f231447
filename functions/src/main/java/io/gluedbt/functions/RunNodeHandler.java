package io.gluedbt.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.gluedbt.functions.pipeline.Json;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** RunNode: the lane's node at its position is started on the lane's session, skipped, or the lane is finished. */
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
            }
            return Json.MAPPER.convertValue(next, Json.MAP);
        });
    }
}
