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
 * results/&lt;nodeId&gt;.json, ready/&lt;rank&gt; (nodes whose blockers all finished, not yet taken), claims/&lt;nodeId&gt;
 * (the lane that took the node), lanes-ended/&lt;n&gt; (the lanes that ended early), run_results.json; and the
 * runs/by-object/ markers that make a duplicate delivery a no-op.
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

    /** Whether the node's result is stored (one HEAD). */
    public boolean hasOutcome(String runId, String nodeId) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(runKey(runId, "results/" + nodeId + ".json")));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception exception) {
            if (exception.statusCode() == 404) {
                return false;
            }
            throw exception;
        }
    }

    /** Marks the nodes at these claim ranks ready (every blocker finished): ready/&lt;rank&gt;, listed in rank order. */
    public void markReady(String runId, java.util.Collection<Integer> ranks) {
        if (ranks.size() <= 1) {
            ranks.forEach(rank -> put(readyKey(runId, rank), new byte[0], "text/plain"));
            return;
        }
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(Math.min(16, ranks.size()));
        try {
            List<java.util.concurrent.Future<?>> writes = new ArrayList<>();
            ranks.forEach(rank -> writes.add(writers.submit(() -> put(readyKey(runId, rank), new byte[0], "text/plain"))));
            for (java.util.concurrent.Future<?> write : writes) {
                write.get();
            }
        } catch (java.util.concurrent.ExecutionException exception) {
            throw exception.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(exception.getCause());
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while marking nodes ready", exception);
        } finally {
            writers.shutdownNow();
        }
    }

    /** The ranks marked ready and not yet taken, ascending (a listing of the small ready/ prefix). */
    public List<Integer> readyRanks(String runId) {
        return names(runKey(runId, "ready/"), "").stream().filter(RunStore::isNumber).map(Integer::valueOf).sorted().toList();
    }

    /** Drops the ready mark of a node its claimer took. */
    public void unmarkReady(String runId, int rank) {
        s3.deleteObject(request -> request.bucket(bucket).key(readyKey(runId, rank)));
    }

    private static String readyKey(String runId, int rank) {
        return runKey(runId, String.format(java.util.Locale.ROOT, "ready/%06d", rank));
    }

    /**
     * Claims the node for {@code owner}: a conditional write that exactly one lane wins, so no node runs twice.
     * Returns whether this call won it.
     */
    public boolean claim(String runId, String nodeId, String owner) {
        String key = runKey(runId, "claims/" + nodeId);
        if (createIfAbsent(key, owner)) {
            return true;
        }
        // A write of ours that the client retried (the first attempt landed) answers 412 as well; so does a claim a
        // failed attempt of this lane left. Either way the node is this lane's if it names us and never finished.
        return get(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8).equals(owner)).orElse(Boolean.FALSE) && !hasOutcome(runId, nodeId);
    }

    /** The names under claims/: the claimed node ids (callers intersect with the plan's ids). */
    public java.util.Set<String> claimIds(String runId) {
        return names(runKey(runId, "claims/"), "");
    }

    /** How many lanes ended early through {@link #endLane}. */
    public int endedLanes(String runId) {
        return (int) names(runKey(runId, "lanes-ended/"), "").stream().filter(RunStore::isNumber).count();
    }

    /** Takes the {@code ordinal}-th early end of a lane (conditional: one lane per ordinal), so lanes never end together past the count that must stay. */
    public boolean endLane(String runId, int ordinal, String owner) {
        return createIfAbsent(runKey(runId, "lanes-ended/" + ordinal), owner);
    }

    /** Marker names are numbers; anything else under their prefix is not a marker (a store's temporary file mid-write). */
    private static boolean isNumber(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    private java.util.Set<String> names(String prefix, String suffix) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents()) {
            String name = object.key().substring(prefix.length());
            names.add(name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name);
        }
        return names;
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
