package io.gluedbt.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.gluedbt.functions.pipeline.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compile: input {@code {runId, request: {bucket, key, versionId?, etag?, deliveryId?, command?, select?, exclude?, fullRefresh?, vars?,
 * profilesDir?, target?}}}
 * (the execution name and the StartExecution input); the project zip on S3 → plan.json + manifest.json under runs/&lt;runId&gt;/; returns ids and counts. */
public final class CompileHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(CompileHandler.class);
    private final FunctionRuntime runtime;

    public CompileHandler() {
        this(FunctionRuntime.container());
    }

    public CompileHandler(FunctionRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        Map<String, Object> fields = new LinkedHashMap<>(Json.convert(input.getOrDefault("request", Map.of()), Json.MAP));
        fields.put("runId", input.get("runId"));
        CompileRequest request = Json.convert(fields, CompileRequest.class);
        return Telemetry.invocation(context, request.runId(), () -> {
            LOG.info("compiling s3://{}/{} ({})", request.bucket(), request.key(), request.command());
            CompileResponse response = runtime.compile().compile(request);
            if (CompileResponse.DUPLICATE.equals(response.status())) {
                LOG.warn("duplicate delivery of s3://{}/{}: run {} already started for this object version", request.bucket(), request.key(), response.runId());
                Telemetry.count("DuplicateDeliveries", 1);
            } else {
                LOG.info("planned {} nodes on a pool of {} sessions (starting), expected critical path {} s", response.nodeCount(), response.poolSize(),
                        response.criticalPathSeconds());
            }
            return Json.MAPPER.convertValue(response, Json.MAP);
        });
    }
}
