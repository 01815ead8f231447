package io.gluedbt.compiler.graph;

import java.util.BitSet;

/** The graph as selection sees it: enabled members only, sets as bit sets over the graph's sorted indexes. */
final class SelectionContext {
    private final int[][] parents;
    private final int[][] children;
    private final GraphMember[] members;
    private final BitSet enabled;
    private final BitSet sources;

    SelectionContext(DependencyGraph graph, GraphMember[] members) {
        this.parents = graph.parentIndexes();
        this.children = graph.childIndexes();
        this.members = members;
        this.enabled = new BitSet(members.length);
        this.sources = new BitSet(members.length);
        for (int index = 0; index < members.length; index++) {
            if (members[index].enabled()) {
                enabled.set(index);
            }
            if (members[index].source() != null) {
                sources.set(index);
            }
        }
    }

    BitSet enabled() {
        return (BitSet) enabled.clone();
    }

    BitSet sources() {
        return (BitSet) sources.clone();
    }

    boolean isNode(int index) {
        return members[index].node() != null;
    }

    /** Enabled tests directly below any of {@code selected}. */
    BitSet testChildren(BitSet selected) {
        BitSet tests = new BitSet(members.length);
        for (int index = selected.nextSetBit(0); index >= 0; index = selected.nextSetBit(index + 1)) {
            for (int child : children[index]) {
                if (enabled.get(child) && members[child].isTest()) {
                    tests.set(child);
                }
            }
        }
        return tests;
    }

    boolean parentsWithin(int index, BitSet set) {
        for (int parent : parents[index]) {
            if (!set.get(parent)) {
                return false;
            }
        }
        return true;
    }

    BitSet ancestors(BitSet start, Depth depth) {
        return layered(start, parents, depth.levels());
    }

    BitSet descendants(BitSet start, Depth depth) {
        return layered(start, children, depth.levels());
    }

    /** {@code @x}: the selection, its descendants, and every ancestor of those. */
    BitSet childrensParents(BitSet start) {
        BitSet result = descendants(start, Depth.UNLIMITED);
        result.or(start);
        result.or(ancestors(result, Depth.UNLIMITED));
        return result;
    }

    BitSet withAncestors(BitSet start) {
        BitSet result = ancestors(start, Depth.UNLIMITED);
        result.or(start);
        return result;
    }

    private BitSet layered(BitSet start, int[][] adjacency, int maxDepth) {
        BitSet found = new BitSet(members.length);
        BitSet layer = start;
        int depth = 0;
        while (!layer.isEmpty() && depth < maxDepth) {
            BitSet next = new BitSet(members.length);
            for (int index = layer.nextSetBit(0); index >= 0; index = layer.nextSetBit(index + 1)) {
                for (int neighbour : adjacency[index]) {
                    if (enabled.get(neighbour) && !found.get(neighbour)) {
                        next.set(neighbour);
                    }
                }
            }
            found.or(next);
            layer = next;
            depth++;
        }
        return found;
    }
}
