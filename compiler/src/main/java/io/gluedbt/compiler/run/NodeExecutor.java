package io.gluedbt.compiler.run;

import io.gluedbt.compiler.model.Node;

/** Builds or tests one node and reports how it went; never throws for the node's own failures. */
@FunctionalInterface
public interface NodeExecutor {
    NodeRunResult execute(Node node, String threadId);
}
