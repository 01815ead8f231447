package io.gluedbt.compiler.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What templates may ask of the live warehouse during compile: {@code is_incremental()},
 * {@code adapter.get_relation}, {@code get_columns_in_relation}, {@code run_query}, {@code statement}.
 * Engines implement it; compile-only runs use {@link #offline()}, which knows no relations.
 */
public interface CatalogView {
    Optional<Relation> getRelation(String database, String schema, String identifier);

    List<Column> getColumns(Relation relation);

    QueryResult runQuery(String sql);

    static CatalogView offline() {
        return OfflineCatalogView.INSTANCE;
    }
}
