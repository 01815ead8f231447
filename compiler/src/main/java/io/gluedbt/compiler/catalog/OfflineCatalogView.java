package io.gluedbt.compiler.catalog;

import java.util.List;
import java.util.Optional;

/** The catalog of a compile without a warehouse: no relations exist, queries return no rows. */
final class OfflineCatalogView implements CatalogView {
    static final OfflineCatalogView INSTANCE = new OfflineCatalogView();

    private OfflineCatalogView() {}

    @Override
    public Optional<Relation> getRelation(String database, String schema, String identifier) {
        return Optional.empty();
    }

    @Override
    public List<Column> getColumns(Relation relation) {
        return List.of();
    }

    @Override
    public QueryResult runQuery(String sql) {
        return QueryResult.empty();
    }
}
