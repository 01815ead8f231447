package io.gluedbt.functions.pipeline;

import java.util.List;

/** A wave's nodes split into lanes: lane i runs on session i, one node after another. */
public record PlannedWave(List<List<String>> lanes) {
    public PlannedWave {
        lanes = lanes.stream().map(List::copyOf).toList();
    }

    public int size() {
        return lanes.stream().mapToInt(List::size).sum();
    }
}
