package io.gluedbt.compiler.docs;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.model.Manifest;

/**
 * Reads catalog.json's content from an engine's {@link CatalogView}: only the relations the project owns (enabled,
 * non-ephemeral models, seeds and snapshots) and the sources it declares, each looked up by schema and identifier
 * ({@code getRelation}, {@code getColumns}, {@code relationDetails}, and for tables {@code tableFormat} and
 * {@code partitionColumns}); never a query, never a scan of a whole schema. A relation that does not exist yet is
 * left out, as dbt does; a lookup that fails is reported in {@code errors} and the rest still read.
 */
public interface CatalogBuilder {
    static CatalogBuilder create() {
        return new ViewCatalogBuilder();
    }

    CatalogArtifact build(Manifest manifest, CatalogView view, CatalogMetadata metadata);
}
