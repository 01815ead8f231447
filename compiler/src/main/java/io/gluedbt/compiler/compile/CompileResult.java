package io.gluedbt.compiler.compile;

import io.gluedbt.compiler.artifacts.CompiledNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compiled SQL per node id, sorted. */
public record CompileResult(Map<String, CompiledNode> nodes) {
    public CompileResult {
        nodes = Collections.unmodifiableMap(new TreeMap<>(nodes));
    }

    public List<CompiledNode> list() {
        return List.copyOf(nodes.values());
    }
}
