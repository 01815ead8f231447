package io.gluedbt.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.gluedbt.functions.pipeline.Json;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** OpenSessions: the run's session pool, ready for statements. */
public final class OpenSessionsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(OpenSessionsHandler.class);
    private final FunctionRuntime runtime;

    public OpenSessionsHandler() {
        this(FunctionRuntime.container());
    }

    public OpenSessionsHandler(FunctionRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        OpenSessionsRequest request = Json.convert(input, OpenSessionsRequest.class);
        return Telemetry.invocation(context, request.runId(), () -> {
            List<String> sessions = runtime.pool().open(request.runId(), request.poolSize());
            LOG.info("opened {} sessions", sessions.size());
            Telemetry.count("SessionsOpened", sessions.size());
            return Json.MAPPER.convertValue(new OpenSessionsResponse(sessions), Json.MAP);
        });
    }
}
