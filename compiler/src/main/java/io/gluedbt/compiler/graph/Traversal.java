package io.gluedbt.compiler.graph;

/** Breadth-first walks over index adjacency arrays, layer by layer as dbt's select_parents/select_children. */
final class Traversal {
    private Traversal() {}

    /**
     * Vertices reachable from {@code start} in 1..maxDepth steps along {@code adjacency}. A start vertex is
     * included only when reached from another one. {@code allowed} (nullable) restricts the walk.
     */
    static boolean[] layered(int[] start, int[][] adjacency, int maxDepth, boolean[] allowed) {
        boolean[] found = new boolean[adjacency.length];
        int[] layer = start.clone();
        int layerSize = layer.length;
        int depth = 0;
        int[] next = new int[adjacency.length];
        while (layerSize > 0 && depth < maxDepth) {
            int nextSize = 0;
            for (int position = 0; position < layerSize; position++) {
                for (int neighbour : adjacency[layer[position]]) {
                    if (!found[neighbour] && (allowed == null || allowed[neighbour])) {
                        found[neighbour] = true;
                        next[nextSize++] = neighbour;
                    }
                }
            }
            int[] swap = layer.length >= next.length ? layer : new int[adjacency.length];
            layer = next;
            next = swap;
            layerSize = nextSize;
            depth++;
        }
        return found;
    }
}
