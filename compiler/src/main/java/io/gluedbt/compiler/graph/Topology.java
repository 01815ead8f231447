package io.gluedbt.compiler.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Topological order and cycle finding over index adjacency arrays (indexes are sorted ids). */
final class Topology {
    private Topology() {}

    /** Kahn's algorithm taking the smallest ready index first; null when a cycle leaves vertices unordered. */
    static int[] order(int[][] parents, int[][] children) {
        int count = parents.length;
        int[] waiting = new int[count];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int index = 0; index < count; index++) {
            waiting[index] = parents[index].length;
            if (waiting[index] == 0) {
                ready.add(index);
            }
        }
        int[] order = new int[count];
        int position = 0;
        while (!ready.isEmpty()) {
            int index = ready.poll();
            order[position++] = index;
            for (int child : children[index]) {
                if (--waiting[child] == 0) {
                    ready.add(child);
                }
            }
        }
        return position == count ? order : null;
    }

    /**
     * The first cycle a depth-first search meets, visiting start vertices and children in index order,
     * as the list of vertices from the one closing the cycle (like networkx {@code find_cycle}).
     */
    static int[] findCycle(int[][] children) {
        int count = children.length;
        byte[] state = new byte[count]; // 0 new, 1 on the stack, 2 done
        int[] nextChild = new int[count];
        List<Integer> stack = new ArrayList<>();
        for (int start = 0; start < count; start++) {
            if (state[start] != 0) {
                continue;
            }
            stack.add(start);
            state[start] = 1;
            while (!stack.isEmpty()) {
                int top = stack.get(stack.size() - 1);
                if (nextChild[top] == children[top].length) {
                    state[top] = 2;
                    stack.remove(stack.size() - 1);
                    continue;
                }
                int child = children[top][nextChild[top]++];
                if (state[child] == 1) {
                    List<Integer> cycle = stack.subList(stack.indexOf(child), stack.size());
                    return cycle.stream().mapToInt(Integer::intValue).toArray();
                }
                if (state[child] == 0) {
                    state[child] = 1;
                    stack.add(child);
                }
            }
        }
        throw new IllegalStateException("no cycle found in a graph that has no topological order");
    }
}
