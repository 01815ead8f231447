package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the parser found, keyed and sorted by unique id so every traversal is deterministic.
 * Nodes are models, seeds, snapshots, tests, analyses and hooks; sources, macros, docs and exposures
 * have their own maps as in manifest.json.
 */
public record Manifest(
        String projectName,
        String adapterType,
        SortedMap<String, Node> nodes,
        SortedMap<String, SourceTable> sources,
        SortedMap<String, Macro> macros,
        SortedMap<String, DocBlock> docs,
        SortedMap<String, Exposure> exposures,
        SortedMap<String, Node> disabled,
        Map<String, Object> selectors) {

    public Manifest {
        requireNonNull(projectName, "projectName is null");
        requireNonNull(adapterType, "adapterType is null");
        nodes = Collections.unmodifiableSortedMap(new TreeMap<>(nodes));
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        macros = Collections.unmodifiableSortedMap(new TreeMap<>(macros));
        docs = Collections.unmodifiableSortedMap(new TreeMap<>(docs));
        exposures = Collections.unmodifiableSortedMap(new TreeMap<>(exposures));
        disabled = Collections.unmodifiableSortedMap(new TreeMap<>(disabled));
        selectors = OrderedMaps.copy(selectors);
    }

    public Optional<Node> node(String uniqueId) {
        return Optional.ofNullable(nodes.get(uniqueId));
    }

    public List<Node> nodesOfType(ResourceType type) {
        return nodes.values().stream().filter(node -> node.resourceType() == type).toList();
    }

    /** The source table a {@code source('source_name', 'table_name')} call names. */
    public Optional<SourceTable> source(SourceCall call) {
        return sources.values().stream()
                .filter(source -> source.sourceName().equals(call.sourceName()) && source.name().equals(call.tableName()))
                .findFirst();
    }

    /** Every id that can appear in depends_on or selection: nodes, sources and exposures. */
    public boolean contains(String uniqueId) {
        return nodes.containsKey(uniqueId) || sources.containsKey(uniqueId) || exposures.containsKey(uniqueId);
    }
}
