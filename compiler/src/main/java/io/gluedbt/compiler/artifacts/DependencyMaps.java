package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.Manifest;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code parent_map} and {@code child_map}: every node, enabled source and exposure, each with its sorted
 * parents (its {@code depends_on.nodes}) or children. Keys are sorted too, so the output is stable.
 */
final class DependencyMaps {
    private final SortedMap<String, SortedSet<String>> parents = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> children = new TreeMap<>();

    private DependencyMaps() {}

    static DependencyMaps of(Manifest manifest) {
        DependencyMaps maps = new DependencyMaps();
        manifest.nodes().forEach((id, node) -> maps.add(id, node.dependsOnNodes()));
        manifest.sources().forEach((id, source) -> {
            if (source.isEnabled()) {
                maps.add(id, List.of());
            }
        });
        manifest.exposures().forEach((id, exposure) -> maps.add(id, exposure.dependsOnNodes()));
        return maps;
    }

    private void add(String id, List<String> dependencies) {
        parents.computeIfAbsent(id, key -> new TreeSet<>()).addAll(dependencies);
        children.computeIfAbsent(id, key -> new TreeSet<>());
        for (String parent : dependencies) {
            children.computeIfAbsent(parent, key -> new TreeSet<>()).add(id);
        }
    }

    ObjectNode parentMap() {
        return toJson(parents);
    }

    ObjectNode childMap() {
        return toJson(children);
    }

    private static ObjectNode toJson(Map<String, SortedSet<String>> edges) {
        ObjectNode json = JsonValues.object();
        edges.forEach((id, ids) -> json.set(id, JsonValues.strings(ids)));
        return json;
    }
}
