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

    /**
     * The storage format of an existing table, lower case as Spark names the provider: {@code iceberg},
     * {@code delta}, {@code hudi}, {@code parquet}, {@code csv}, {@code orc}, {@code json}, {@code hive} (a Hive
     * serde table of another format). Empty for a view, a missing relation, or a catalog that cannot tell.
     * The planner uses it where dbt-glue asks the catalog (e.g. an existing table whose format changed).
     */
    default Optional<String> getTableFormat(Relation relation) {
        return Optional.empty();
    }

    /**
     * The partition columns of an existing table in partition order; a non-identity Iceberg transform appears
     * as Spark describes it ({@code days(pickup_datetime)}). Empty when unpartitioned, missing or unknown.
     */
    default List<String> getPartitionColumns(Relation relation) {
        return List.of();
    }

    static CatalogView offline() {
        return OfflineCatalogView.INSTANCE;
    }
}
