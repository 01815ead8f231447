package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The longest chain of a DAG by node durations: what no schedule, however many sessions, can beat.
 *
 * @param seconds the chain's summed durations
 * @param chain its nodes, first to last
 */
record CriticalPath(double seconds, List<String> chain) {
    CriticalPath {
        chain = List.copyOf(chain);
    }

    /**
     * Of the nodes in {@code durations} (seconds by node) whose parents are {@code parents} (node to the nodes it
     * depends on; absent means none). Ties go to the node first in {@code durations}' order.
     */
    static CriticalPath of(Map<String, Double> durations, Map<String, List<String>> parents) {
        requireNonNull(durations, "durations is null");
        requireNonNull(parents, "parents is null");
        Map<String, Double> finish = new HashMap<>();
        Map<String, String> via = new HashMap<>();
        String last = null;
        for (String node : durations.keySet()) {
            double end = finish(node, durations, parents, finish, via, new ArrayList<>());
            if (last == null || end > finish.get(last)) {
                last = node;
            }
        }
        if (last == null) {
            return new CriticalPath(0, List.of());
        }
        List<String> chain = new ArrayList<>();
        for (String node = last; node != null; node = via.get(node)) {
            chain.add(node);
        }
        Collections.reverse(chain);
        return new CriticalPath(finish.get(last), chain);
    }

    private static double finish(String node, Map<String, Double> durations, Map<String, List<String>> parents, Map<String, Double> finish,
            Map<String, String> via, List<String> path) {
        Double known = finish.get(node);
        if (known != null) {
            return known;
        }
        if (path.contains(node)) {
            throw new IllegalArgumentException("cycle through " + node);
        }
        Double own = durations.get(node);
        if (own == null) {
            throw new IllegalArgumentException("no duration for " + node);
        }
        path.add(node);
        double start = 0;
        for (String parent : parents.getOrDefault(node, List.of())) {
            double end = finish(parent, durations, parents, finish, via, path);
            if (end > start) {
                start = end;
                via.put(node, parent);
            }
        }
        path.remove(path.size() - 1);
        finish.put(node, start + own);
        return start + own;
    }
}
