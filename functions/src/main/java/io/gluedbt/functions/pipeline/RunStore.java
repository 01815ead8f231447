package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A run's files in the artifacts bucket: runs/&lt;runId&gt;/plan.json, manifest.json, sessions.json,
 * results/&lt;nodeId&gt;.json, run_results.json; and the runs/by-object/ markers that make a duplicate delivery a no-op.
 * The plan is cached per container (one plan.json read per container and run).
 */
public final class RunStore {
    private static final int MAX_CACHED_PLANS = 4;
    private final S3Client s3;
    private final String bucket;
    private final Map<String, ExecutionPlan> plans = new ConcurrentHashMap<>();

    public RunStore(S3Client s3, String bucket) {
        this.s3 = requireNonNull(s3, "s3 is null");
        this.bucket = requireNonNull(bucket, "bucket is null");
    }

    public String bucket() {
        return bucket;
    }

    public static String runKey(String runId, String file) {
        return "runs/" + runId + "/" + file;
    }

    public void put(String key, byte[] body, String contentType) {
        s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(body));
    }

    public void putJson(String key, Object value) {
        put(key, Json.bytes(value), "application/json");
    }

    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException exception) {
            return Optional.empty();
        }
    }

    /**
     * Writes {@code key} only if it does not exist yet (PutObject with If-None-Match: *); returns whether this call
     * created it. S3 answers 412 to the loser of a race, so exactly one caller wins.
     */
    public boolean createIfAbsent(String key, String body) {
        try {
            s3.putObject(request -> request.bucket(bucket).key(key).ifNoneMatch("*").contentType("text/plain"),
                    RequestBody.fromString(body, StandardCharsets.UTF_8));
            return true;
        } catch (S3Exception exception) {
            if (exception.statusCode() == 412 || exception.statusCode() == 409) {
                return false;
            }
            throw exception;
        }
    }

    public ExecutionPlan plan(String runId) {
        ExecutionPlan cached = plans.get(runId);
        if (cached != null) {
            return cached;
        }
        ExecutionPlan plan = Json.read(get(runKey(runId, "plan.json"))
                .orElseThrow(() -> new IllegalStateException("s3://" + bucket + "/" + runKey(runId, "plan.json") + " is missing")), ExecutionPlan.class);
        if (plans.size() >= MAX_CACHED_PLANS) {
            plans.clear();
        }
        plans.put(runId, plan);
        return plan;
    }

    public Optional<ExecutionPlan> findPlan(String runId) {
        return get(runKey(runId, "plan.json")).map(bytes -> Json.read(bytes, ExecutionPlan.class));
    }

    public void putOutcome(String runId, NodeOutcome outcome) {
        putJson(runKey(runId, "results/" + outcome.nodeId() + ".json"), outcome);
    }

    public Optional<NodeOutcome> outcome(String runId, String nodeId) {
        return get(runKey(runId, "results/" + nodeId + ".json")).map(bytes -> Json.read(bytes, NodeOutcome.class));
    }

    /** Every stored result of the run (paginated listing), in key order. */
    public List<NodeOutcome> outcomes(String runId) {
        List<NodeOutcome> outcomes = new ArrayList<>();
        for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(runKey(runId, "results/"))).contents()) {
            get(object.key()).ifPresent(bytes -> outcomes.add(Json.read(bytes, NodeOutcome.class)));
        }
        return outcomes;
    }
}
