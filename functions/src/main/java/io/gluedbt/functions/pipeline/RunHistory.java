package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each node took in earlier runs of the same project and target, in the artifacts bucket at
 * history/&lt;project&gt;/&lt;target&gt;/timings.json (node id → seconds of its statement): Finalize merges the run's
 * executed nodes into it, Compile reads it to order the claims and size the pool ({@link Schedule}).
 */
public final class RunHistory {
    private final RunStore store;

    public RunHistory(RunStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    static String key(String projectName, String targetName) {
        return "history/" + projectName + "/" + targetName + "/timings.json";
    }

    /** Seconds per node id; empty before the first run (or when the file is unreadable: history only tunes, never fails a run). */
    public Map<String, Double> timings(String projectName, String targetName) {
        try {
            return store.get(key(projectName, targetName)).map(RunHistory::parse).orElse(Map.of());
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    /** Merges the nodes that ran a statement (any outcome but skipped, with a positive time) into the history. */
    public void record(String projectName, String targetName, List<NodeOutcome> outcomes) {
        Map<String, Double> merged = new TreeMap<>(timings(projectName, targetName));
        outcomes.stream().filter(outcome -> outcome.executeStarted() != null && outcome.executionTime() > 0)
                .forEach(outcome -> merged.put(outcome.nodeId(), outcome.executionTime()));
        store.putJson(key(projectName, targetName), merged);
    }

    private static Map<String, Double> parse(byte[] bytes) {
        Map<String, Double> timings = new TreeMap<>();
        Json.MAPPER.convertValue(Json.read(bytes, Map.class), Json.MAP).forEach((id, seconds) -> {
            if (seconds instanceof Number number) {
                timings.put(id, number.doubleValue());
            }
        });
        return timings;
    }
}
