package io.gluedbt.compiler.run;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.graph.DependencyGraph;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nodes a command executes, in topological order, and what blocks each: its nearest executed
 * ancestors (found through unselected and ephemeral nodes, so order is kept). For {@code build}, a node's
 * tests also block that node's children, so a failing test stops what is built on bad data.
 */
public record RunPlan(List<Node> nodes, Map<String, Set<String>> blockers) {
    public RunPlan {
        nodes = List.copyOf(nodes);
        blockers = Map.copyOf(blockers);
    }

    public static RunPlan of(Manifest manifest, DependencyGraph graph, Collection<String> selected, RunCommand command) {
        requireNonNull(manifest, "manifest is null");
        Set<String> executed = new HashSet<>();
        for (String id : selected) {
            Node node = manifest.nodes().get(id);
            if (node != null && command.executes(node)) {
                executed.add(id);
            }
        }
        List<Node> ordered = new ArrayList<>();
        for (String id : graph.topologicalOrder()) {
            if (executed.contains(id)) {
                ordered.add(manifest.nodes().get(id));
            }
        }
        Map<String, Set<String>> blockers = new LinkedHashMap<>();
        for (Node node : ordered) {
            blockers.put(node.uniqueId(), nearestExecutedAncestors(graph, node.uniqueId(), executed));
        }
        if (command == RunCommand.BUILD) {
            gateOnTests(ordered, graph, blockers);
        }
        return new RunPlan(ordered, blockers);
    }

    private static Set<String> nearestExecutedAncestors(DependencyGraph graph, String id, Set<String> executed) {
        Set<String> found = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(graph.parents(id));
        while (!queue.isEmpty()) {
            String parent = queue.poll();
            if (!seen.add(parent)) {
                continue;
            }
            if (executed.contains(parent)) {
                found.add(parent);
            } else {
                queue.addAll(graph.parents(parent));
            }
        }
        return found;
    }

    private static void gateOnTests(List<Node> ordered, DependencyGraph graph, Map<String, Set<String>> blockers) {
        Map<String, List<String>> testsByParent = new LinkedHashMap<>();
        for (Node node : ordered) {
            if (node.resourceType() == ResourceType.TEST) {
                for (String parent : blockers.get(node.uniqueId())) {
                    testsByParent.computeIfAbsent(parent, key -> new ArrayList<>()).add(node.uniqueId());
                }
            }
        }
        for (Node node : ordered) {
            if (node.resourceType() == ResourceType.TEST) {
                continue;
            }
            Set<String> gated = new TreeSet<>(blockers.get(node.uniqueId()));
            for (String parent : blockers.get(node.uniqueId())) {
                for (String test : testsByParent.getOrDefault(parent, List.of())) {
                    if (!blockers.get(test).contains(node.uniqueId())) {
                        gated.add(test);
                    }
                }
            }
            blockers.put(node.uniqueId(), gated);
        }
    }
}
