package io.gluedbt.compiler.artifacts;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import java.util.Map;

/**
 * Everything in manifest.json that is not derived from the project: versions, ids and times. The
 * writer never reads the clock, so the caller decides these values (deterministically, for byte-stable
 * output).
 *
 * @param dbtVersion the dbt-core version gluedbt reports compatibility with ({@code 1.10.0})
 * @param generatedAt ISO-8601 UTC timestamp, as dbt writes it ({@code 2026-01-01T00:00:00.000000Z})
 * @param invocationId the run's id (dbt uses a UUID)
 * @param invocationStartedAt ISO-8601 timestamp or null
 * @param runStartedAt ISO-8601 timestamp or null
 * @param environment the {@code DBT_ENV_CUSTOM_ENV_*} values dbt reports as {@code env}
 * @param quoting the adapter's quote policy
 * @param createdAt the {@code created_at} (seconds since the epoch) of every resource without an override
 * @param createdAtByUniqueId per-resource overrides of {@code created_at}
 */
public record ManifestMetadata(
        String dbtVersion,
        String generatedAt,
        String invocationId,
        String invocationStartedAt,
        String runStartedAt,
        Map<String, Object> environment,
        Quoting quoting,
        double createdAt,
        Map<String, Double> createdAtByUniqueId) {

    public static final String SCHEMA_VERSION = "https://schemas.getdbt.com/dbt/manifest/v12.json";

    public ManifestMetadata {
        requireNonNull(dbtVersion, "dbtVersion is null");
        requireNonNull(generatedAt, "generatedAt is null");
        requireNonNull(quoting, "quoting is null");
        environment = OrderedMaps.copy(environment);
        createdAtByUniqueId = createdAtByUniqueId == null ? Map.of() : Map.copyOf(createdAtByUniqueId);
    }

    /** The {@code created_at} of one resource. */
    public double createdAt(String uniqueId) {
        return createdAtByUniqueId.getOrDefault(uniqueId, createdAt);
    }
}
