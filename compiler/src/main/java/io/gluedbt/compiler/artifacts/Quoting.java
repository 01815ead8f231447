package io.gluedbt.compiler.artifacts;

/** The adapter's quote policy as manifest.json's {@code metadata.quoting} reports it (null = adapter default). */
public record Quoting(Boolean database, Boolean schema, Boolean identifier, Boolean column) {
    /** dbt-spark and dbt-glue quote nothing by default. */
    public static Quoting none() {
        return new Quoting(false, false, false, false);
    }
}
