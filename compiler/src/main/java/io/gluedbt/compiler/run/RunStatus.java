package io.gluedbt.compiler.run;

import java.util.Locale;

/** A node's outcome as run_results.json spells it: models success/error/skipped, tests pass/fail/warn/error. */
public enum RunStatus {
    SUCCESS, ERROR, SKIPPED, PASS, FAIL, WARN;

    public String dbtName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the node's children must be skipped. */
    public boolean blocksDownstream() {
        return this == ERROR || this == FAIL || this == SKIPPED;
    }
}
