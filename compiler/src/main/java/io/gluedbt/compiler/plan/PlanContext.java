package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.project.Target;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What the planner needs from the target and the invocation, besides the node and the live catalog.
 *
 * @param location the target's {@code location} without a trailing slash (tables get {@code LOCATION '<location>/<schema>/<alias>'});
 *     empty when the warehouse decides (the local engine), and then no {@code LOCATION} clause is written
 * @param layout how the table path is built under {@code location} (dbt-glue's {@code root_location})
 * @param icebergCatalog the Spark catalog Iceberg tables are addressed through (dbt-glue's
 *     {@code custom_iceberg_catalog_namespace}, default {@code glue_catalog}); empty for none
 * @param seedFormat the table format of seeds without a {@code file_format} config (dbt-glue's {@code seed_format})
 * @param seedReader reads a seed's CSV text
 * @param hookRenderer renders {@code pre-hook} / {@code post-hook} SQL
 * @param clock the plan time: Iceberg snapshot expiry keeps snapshots newer than it
 */
public record PlanContext(
        Optional<String> location,
        LocationLayout layout,
        Optional<String> icebergCatalog,
        String seedFormat,
        SeedReader seedReader,
        HookRenderer hookRenderer,
        Clock clock) {

    public static final String DEFAULT_ICEBERG_CATALOG = "glue_catalog";

    public PlanContext {
        location = requireNonNull(location, "location is null").map(PlanContext::stripTrailingSlashes).filter(value -> !value.isBlank());
        requireNonNull(layout, "layout is null");
        icebergCatalog = requireNonNull(icebergCatalog, "icebergCatalog is null").filter(value -> !value.isBlank());
        seedFormat = requireNonNull(seedFormat, "seedFormat is null").toLowerCase(Locale.ROOT);
        requireNonNull(seedReader, "seedReader is null");
        requireNonNull(hookRenderer, "hookRenderer is null");
        requireNonNull(clock, "clock is null");
    }

    /** The local engine's context: no location (managed tables), {@code glue_catalog}, parquet seeds read under {@code projectRoot}. */
    public static PlanContext local(Path projectRoot) {
        return new PlanContext(Optional.empty(), LocationLayout.SCHEMA_AND_ALIAS, Optional.of(DEFAULT_ICEBERG_CATALOG), "parquet",
                SeedReader.fromDirectory(projectRoot), HookRenderer.verbatim(), Clock.systemUTC());
    }

    /**
     * A context from a profile target's values: {@code location}, {@code root_location},
     * {@code custom_iceberg_catalog_namespace} and {@code seed_format}, as dbt-glue reads them.
     */
    public static PlanContext fromTarget(Target target, Path projectRoot) {
        requireNonNull(target, "target is null");
        Optional<String> location = Optional.ofNullable(target.stringValue("location"));
        LocationLayout layout = "true".equalsIgnoreCase(String.valueOf(target.values().get("root_location")))
                ? LocationLayout.ALIAS_ONLY : LocationLayout.SCHEMA_AND_ALIAS;
        Optional<String> catalog = target.values().containsKey("custom_iceberg_catalog_namespace")
                ? Optional.ofNullable(target.stringValue("custom_iceberg_catalog_namespace"))
                : Optional.of(DEFAULT_ICEBERG_CATALOG);
        String seedFormat = Optional.ofNullable(target.stringValue("seed_format")).orElse("parquet");
        return new PlanContext(location, layout, catalog, seedFormat, SeedReader.fromDirectory(projectRoot), HookRenderer.verbatim(),
                Clock.systemUTC());
    }

    public PlanContext withLocation(String newLocation) {
        return new PlanContext(Optional.of(newLocation), layout, icebergCatalog, seedFormat, seedReader, hookRenderer, clock);
    }

    public PlanContext withHookRenderer(HookRenderer renderer) {
        return new PlanContext(location, layout, icebergCatalog, seedFormat, seedReader, renderer, clock);
    }

    public PlanContext withSeedReader(SeedReader reader) {
        return new PlanContext(location, layout, icebergCatalog, seedFormat, reader, hookRenderer, clock);
    }

    public PlanContext withClock(Clock newClock) {
        return new PlanContext(location, layout, icebergCatalog, seedFormat, seedReader, hookRenderer, newClock);
    }

    /** The storage path of a table when a location is configured: {@code <location>/<schema>/<alias>} (or {@code <location>/<alias>}). */
    public Optional<String> tablePath(String schema, String alias) {
        return location.map(root -> layout == LocationLayout.ALIAS_ONLY ? root + "/" + alias : root + "/" + schema + "/" + alias);
    }

    private static String stripTrailingSlashes(String value) {
        String result = value;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
