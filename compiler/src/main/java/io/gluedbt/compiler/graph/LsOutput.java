package io.gluedbt.compiler.graph;

/** dbt ls {@code --output}: {@code selector} (the default), {@code name}, {@code path}, {@code json}. */
public enum LsOutput {
    SELECTOR, NAME, PATH, JSON
}
