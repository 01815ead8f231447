package io.gluedbt.compiler.compile;

import io.gluedbt.compiler.model.Node;

/**
 * Whether this invocation rebuilds incremental models from scratch: dbt's {@code --full-refresh}, which a
 * model's own {@code full_refresh} config overrides.
 */
public enum RunMode {
    INCREMENTAL, FULL_REFRESH;

    public boolean fullRefresh(Node node) {
        Object override = node.config().get("full_refresh");
        if (override instanceof Boolean value) {
            return value;
        }
        return this == FULL_REFRESH;
    }
}
