package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a run's last node came to end when it did, read from its run_results.json: from the node that ended last, back
 * through the blocker that ended last, to a node without blockers. Per hop, the claim gap (its start after its last
 * blocker's end: poll lag, handlers, a free lane) and the overhead (its statement beyond the injected duration).
 *
 * @param seconds first statement start to last statement end, simulated seconds
 * @param injectedSeconds the chain's injected durations
 * @param claimGapSeconds summed claim gaps (the first node's: from the run's first statement start)
 * @param overheadSeconds summed statement overheads
 */
record RealizedChain(int hops, double seconds, double injectedSeconds, double claimGapSeconds, double overheadSeconds) {
    static RealizedChain of(JsonNode runResults, BenchProject project) {
        requireNonNull(runResults, "runResults is null");
        Map<String, Double> started = new HashMap<>();
        Map<String, Double> ended = new HashMap<>();
        for (JsonNode result : runResults.path("results")) {
            String name = result.path("unique_id").asText().substring(result.path("unique_id").asText().lastIndexOf('.') + 1);
            for (JsonNode timing : result.path("timing")) {
                if (timing.path("name").asText().equals("execute")) {
                    started.put(name, seconds(timing.path("started_at").asText()));
                    ended.put(name, seconds(timing.path("completed_at").asText()));
                }
            }
        }
        if (ended.isEmpty()) {
            throw new IllegalArgumentException("run_results.json has no executed node");
        }
        Map<String, Double> durations = project.durations();
        Map<String, List<String>> parents = project.parents();
        double first = started.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        String node = ended.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double last = ended.get(node);
        int hops = 0;
        double injected = 0;
        double gaps = 0;
        double overheads = 0;
        while (node != null) {
            List<String> blockers = parents.getOrDefault(node, List.of());
            String latest = blockers.stream().max(java.util.Comparator.comparing(ended::get)).orElse(null);
            double ready = latest == null ? first : ended.get(latest);
            hops++;
            injected += durations.get(node);
            gaps += started.get(node) - ready;
            overheads += ended.get(node) - started.get(node) - durations.get(node);
            node = latest;
        }
        return new RealizedChain(hops, last - first, injected, gaps, overheads);
    }

    String describe() {
        return String.format(Locale.ROOT, "realized chain: %d hops, first statement to last %.1f s over %.1f s injected (%.2fx); claim gaps %.1f s,"
                + " statement overheads %.1f s", hops, seconds, injectedSeconds, seconds / injectedSeconds, claimGapSeconds, overheadSeconds);
    }

    private static double seconds(String timestamp) {
        Instant instant = Instant.parse(timestamp.endsWith("Z") ? timestamp : timestamp + "Z");
        return instant.toEpochMilli() / 1000.0;
    }
}
