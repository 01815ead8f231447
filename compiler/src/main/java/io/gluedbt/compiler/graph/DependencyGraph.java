package io.gluedbt.compiler.graph;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The DAG of a {@link Manifest}: every node, source and exposure is a vertex; an edge runs from each
 * id in a node's (or exposure's) {@code depends_on.nodes} to that node, so tests hang below what they
 * test. Immutable, indexed by sorted unique id, so every answer is deterministic. Building it rejects
 * cycles the way dbt does ({@code Found a cycle: a --> b}).
 */
public final class DependencyGraph {
    private final Manifest manifest;
    private final String[] ids;
    private final Map<String, Integer> indexById;
    private final int[][] parents;
    private final int[][] children;
    private final int[] topologicalOrder;
    private final boolean[] executable;

    private DependencyGraph(Manifest manifest) {
        this.manifest = manifest;
        TreeSet<String> sorted = new TreeSet<>();
        sorted.addAll(manifest.nodes().keySet());
        sorted.addAll(manifest.sources().keySet());
        sorted.addAll(manifest.exposures().keySet());
        ids = sorted.toArray(String[]::new);
        indexById = new HashMap<>(ids.length * 2);
        for (int index = 0; index < ids.length; index++) {
            indexById.put(ids[index], index);
        }
        parents = new int[ids.length][];
        for (Node node : manifest.nodes().values()) {
            List<String> dependsOn = node.dependsOnNodes();
            if (node.attachedNode() != null && indexById.containsKey(node.attachedNode())
                    && !dependsOn.contains(node.attachedNode())) {
                dependsOn = new ArrayList<>(dependsOn);
                dependsOn.add(node.attachedNode());
            }
            parents[indexById.get(node.uniqueId())] = parentIndexes(node.uniqueId(), dependsOn, node.originalFilePath());
        }
        for (Exposure exposure : manifest.exposures().values()) {
            parents[indexById.get(exposure.uniqueId())] =
                    parentIndexes(exposure.uniqueId(), exposure.dependsOnNodes(), exposure.originalFilePath());
        }
        int[] childCounts = new int[ids.length];
        for (int index = 0; index < ids.length; index++) {
            if (parents[index] == null) {
                parents[index] = new int[0];
            }
            for (int parent : parents[index]) {
                childCounts[parent]++;
            }
        }
        children = new int[ids.length][];
        for (int index = 0; index < ids.length; index++) {
            children[index] = new int[childCounts[index]];
            childCounts[index] = 0;
        }
        for (int index = 0; index < ids.length; index++) {
            for (int parent : parents[index]) {
                children[parent][childCounts[parent]++] = index;
            }
        }
        topologicalOrder = Topology.order(parents, children);
        if (topologicalOrder == null) {
            throw cycleError(Topology.findCycle(children));
        }
        executable = new boolean[ids.length];
        for (int index = 0; index < ids.length; index++) {
            Node node = manifest.nodes().get(ids[index]);
            executable[index] = node != null && !node.isEphemeral() && node.resourceType() != ResourceType.OPERATION;
        }
    }

    /** Builds the graph; throws DEPENDENCY_CYCLE on a cycle and COMPILER_ERROR on a dependency that is not in the manifest. */
    public static DependencyGraph of(Manifest manifest) {
        return new DependencyGraph(requireNonNull(manifest, "manifest is null"));
    }

    /** The sorted, distinct graph indexes of {@code dependsOn}. */
    private int[] parentIndexes(String id, List<String> dependsOn, String file) {
        int[] result = new int[dependsOn.size()];
        for (int position = 0; position < result.length; position++) {
            Integer parent = indexById.get(dependsOn.get(position));
            if (parent == null) {
                throw new GluedbtException(ErrorCode.COMPILER_ERROR, file == null ? null : SourcePosition.fileOnly(file),
                        "'" + id + "' depends on '" + dependsOn.get(position) + "' which is not in the graph!");
            }
            result[position] = parent;
        }
        return Arrays.stream(result).sorted().distinct().toArray();
    }

    private GluedbtException cycleError(int[] cycle) {
        List<String> names = Arrays.stream(cycle).mapToObj(index -> ids[index]).toList();
        Node first = manifest.nodes().get(names.get(0));
        SourcePosition position = first == null ? null : SourcePosition.fileOnly(first.originalFilePath());
        return new GluedbtException(ErrorCode.DEPENDENCY_CYCLE, position, "Found a cycle: " + String.join(" --> ", names));
    }

    public Manifest manifest() {
        return manifest;
    }

    /** Every vertex id, sorted. */
    public List<String> ids() {
        return Collections.unmodifiableList(Arrays.asList(ids));
    }

    public boolean contains(String id) {
        return indexById.containsKey(id);
    }

    public int size() {
        return ids.length;
    }

    public List<String> parents(String id) {
        return names(parents[index(id)]);
    }

    public List<String> children(String id) {
        return names(children[index(id)]);
    }

    /** manifest.json {@code parent_map}: every node, source and exposure is a key; values sorted. */
    public SortedMap<String, List<String>> parentMap() {
        return adjacencyMap(parents);
    }

    /** manifest.json {@code child_map}: every node, source and exposure is a key; values sorted. */
    public SortedMap<String, List<String>> childMap() {
        return adjacencyMap(children);
    }

    public SortedSet<String> ancestors(String id) {
        return ancestors(List.of(id), Integer.MAX_VALUE);
    }

    /** Ancestors up to {@code maxDepth} edges away (1 = direct parents), excluding the start ids unless reached again. */
    public SortedSet<String> ancestors(Collection<String> startIds, int maxDepth) {
        return names(Traversal.layered(indexes(startIds), parents, maxDepth, null));
    }

    public SortedSet<String> descendants(String id) {
        return descendants(List.of(id), Integer.MAX_VALUE);
    }

    /** Descendants up to {@code maxDepth} edges away (1 = direct children). */
    public SortedSet<String> descendants(Collection<String> startIds, int maxDepth) {
        return names(Traversal.layered(indexes(startIds), children, maxDepth, null));
    }

    /** Every id in an order where parents precede children; ties broken by id. */
    public List<String> topologicalOrder() {
        return names(topologicalOrder);
    }

    /**
     * The execution level of each selected executable node: 1 + the highest level among its executable
     * selected ancestors, found through unselected and ephemeral nodes too. Sources, exposures,
     * ephemeral models and hooks are never executable.
     */
    public SortedMap<String, Integer> levels(Collection<String> selectedIds) {
        int[] levels = levelArray(selectedIds);
        SortedMap<String, Integer> result = new TreeMap<>();
        for (int index = 0; index < ids.length; index++) {
            if (levels[index] > 0) {
                result.put(ids[index], levels[index]);
            }
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /** The selected executable nodes grouped by {@link #levels level}: wave i holds level i + 1, ids sorted. */
    public List<List<String>> waves(Collection<String> selectedIds) {
        int[] levels = levelArray(selectedIds);
        List<List<String>> waves = new ArrayList<>();
        for (int index = 0; index < ids.length; index++) {
            int level = levels[index];
            if (level > 0) {
                while (waves.size() < level) {
                    waves.add(new ArrayList<>());
                }
                waves.get(level - 1).add(ids[index]);
            }
        }
        return waves.stream().map(List::copyOf).toList();
    }

    private int[] levelArray(Collection<String> selectedIds) {
        boolean[] selected = new boolean[ids.length];
        for (int index : indexes(selectedIds)) {
            selected[index] = executable[index];
        }
        int[] carried = new int[ids.length];
        int[] levels = new int[ids.length];
        for (int index : topologicalOrder) {
            int highest = 0;
            for (int parent : parents[index]) {
                highest = Math.max(highest, selected[parent] ? levels[parent] : carried[parent]);
            }
            carried[index] = highest;
            if (selected[index]) {
                levels[index] = highest + 1;
            }
        }
        return levels;
    }

    int index(String id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new GluedbtException(ErrorCode.INTERNAL, "'" + id + "' is not in the dependency graph");
        }
        return index;
    }

    int[] indexes(Collection<String> someIds) {
        int[] result = new int[someIds.size()];
        int position = 0;
        for (String id : someIds) {
            result[position++] = index(id);
        }
        return result;
    }

    String id(int index) {
        return ids[index];
    }

    int[][] parentIndexes() {
        return parents;
    }

    int[][] childIndexes() {
        return children;
    }

    private List<String> names(int[] indexes) {
        List<String> result = new ArrayList<>(indexes.length);
        for (int index : indexes) {
            result.add(ids[index]);
        }
        return Collections.unmodifiableList(result);
    }

    private SortedSet<String> names(boolean[] mask) {
        TreeSet<String> result = new TreeSet<>();
        for (int index = 0; index < mask.length; index++) {
            if (mask[index]) {
                result.add(ids[index]);
            }
        }
        return Collections.unmodifiableSortedSet(result);
    }

    private SortedMap<String, List<String>> adjacencyMap(int[][] adjacency) {
        SortedMap<String, List<String>> result = new TreeMap<>();
        for (int index = 0; index < ids.length; index++) {
            result.put(ids[index], names(adjacency[index]));
        }
        return Collections.unmodifiableSortedMap(result);
    }
}
