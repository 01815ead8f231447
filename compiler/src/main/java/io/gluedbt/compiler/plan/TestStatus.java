package io.gluedbt.compiler.plan;

/** A test's result as dbt reports it. */
public enum TestStatus {
    PASS, WARN, FAIL
}
