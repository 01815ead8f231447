package io.gluedbt.functions.pipeline;

import static java.util.Objects.requireNonNull;

import io.gluedbt.functions.session.SessionSettings;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * plan.json: the run's waves (in order) of lanes of node ids, each node's statements, the session pool's size and
 * settings, the schemas the run writes to (created before the first wave, as dbt does), and the chunks of consecutive waves each child execution runs (so no execution's history outgrows
 * Step Functions' 25,000 events). Only ids and indexes of it ever travel through the state machine.
 */
public record ExecutionPlan(
        String runId,
        String projectName,
        String command,
        SessionSettings session,
        int poolSize,
        List<String> schemas,
        List<PlannedWave> waves,
        List<List<Integer>> chunks,
        Map<String, PlannedNode> nodes) {

    public ExecutionPlan {
        requireNonNull(runId, "runId is null");
        requireNonNull(projectName, "projectName is null");
        requireNonNull(command, "command is null");
        requireNonNull(session, "session is null");
        schemas = List.copyOf(schemas);
        waves = List.copyOf(waves);
        chunks = chunks.stream().map(List::copyOf).toList();
        nodes = Collections.unmodifiableMap(new TreeMap<>(nodes));
    }

    /** The node at a lane's position, or null past the lane's end (or for a lane the wave does not use). */
    public String nodeAt(int wave, int lane, int position) {
        List<List<String>> lanes = waves.get(wave).lanes();
        if (lane >= lanes.size() || position >= lanes.get(lane).size()) {
            return null;
        }
        return lanes.get(lane).get(position);
    }

    /** Node ids in execution order (wave by wave, lane by lane). */
    public List<String> orderedNodeIds() {
        return waves.stream().flatMap(wave -> wave.lanes().stream().flatMap(List::stream)).toList();
    }
}
