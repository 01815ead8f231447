package io.gluedbt.compiler.run;

/** dbt's default (independent nodes keep running) or {@code --fail-fast} (stop scheduling at the first failure). */
public enum FailurePolicy {
    CONTINUE, FAIL_FAST
}
