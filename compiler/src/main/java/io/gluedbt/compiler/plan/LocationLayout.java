package io.gluedbt.compiler.plan;

/** How a table's storage path is built under the target's {@code location} (dbt-glue's {@code root_location}). */
public enum LocationLayout {
    /** {@code <location>/<schema>/<alias>}: dbt-glue's default. */
    SCHEMA_AND_ALIAS,
    /** {@code <location>/<alias>}: dbt-glue's {@code root_location: true}. */
    ALIAS_ONLY
}
