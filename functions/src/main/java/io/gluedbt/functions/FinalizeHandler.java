package io.gluedbt.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.gluedbt.functions.pipeline.Json;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finalize: every session stopped, run_results.json written, ok/error/skipped summarised and measured. */
public final class FinalizeHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(FinalizeHandler.class);
    private final FunctionRuntime runtime;

    public FinalizeHandler() {
        this(FunctionRuntime.container());
    }

    public FinalizeHandler(FunctionRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        FinalizeRequest request = Json.convert(input, FinalizeRequest.class);
        return Telemetry.invocation(context, request.runId(), () -> {
            Instant now = Instant.now();
            Instant started = request.startTime() == null ? now : Instant.parse(request.startTime());
            FinalizeResponse response = runtime.finalizer().finish(request, started, now);
            LOG.info("run {}: {} ok, {} error, {} skipped{}", response.status(), response.ok(), response.error(), response.skipped(),
                    response.message() == null ? "" : ": " + response.message());
            Telemetry.count("ModelsOk", response.ok());
            Telemetry.count("ModelsError", response.error());
            Telemetry.count("ModelsSkipped", response.skipped());
            Telemetry.seconds("RunSeconds", (now.toEpochMilli() - started.toEpochMilli()) / 1000.0);
            return Json.MAPPER.convertValue(response, Json.MAP);
        });
    }
}
