package io.gluedbt.compiler.docs;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * catalog.json's {@code metadata}: versions, the invocation and when the catalog was read. The writer never
 * reads the clock; the caller decides.
 *
 * @param generatedAt ISO-8601 UTC timestamp ({@code 2026-01-01T00:00:00.000000Z})
 * @param environment the {@code DBT_ENV_CUSTOM_ENV_*} values dbt reports as {@code env}
 */
public record CatalogMetadata(String dbtVersion, String generatedAt, String invocationId, Map<String, String> environment) {
    public static final String SCHEMA_VERSION = "https://schemas.getdbt.com/dbt/catalog/v1.json";

    public CatalogMetadata {
        requireNonNull(dbtVersion, "dbtVersion is null");
        requireNonNull(generatedAt, "generatedAt is null");
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(environment));
    }
}
