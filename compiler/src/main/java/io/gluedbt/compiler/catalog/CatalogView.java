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
     * The storage format of an existing table, lower case as Spark's provider names it: {@code parquet},
     * {@code csv}, {@code delta}, {@code iceberg}, {@code hudi}, {@code orc}, {@code hive}, ... Empty for a
     * view, a missing relation, or when the engine cannot tell; the planner then assumes the model's
     * configured {@code file_format} (as dbt-glue does). On Spark: {@code DESCRIBE TABLE EXTENDED}'s
     * {@code Provider} row, or {@code iceberg} when the metastore table has {@code table_type=ICEBERG}.
     * {@link #getRelation} must find Iceberg tables written through the Iceberg catalog ({@code glue_catalog})
     * under their plain {@code schema.identifier} too.
     */
    default Optional<String> tableFormat(Relation relation) {
        return Optional.empty();
    }

    /**
     * The columns (name and Spark type, in order) a SELECT would produce, without running it: on Spark the
     * analyzed plan's schema ({@code spark.sql(sql).schema()} or {@code DESCRIBE QUERY <sql>}). The planner uses
     * it for {@code on_schema_change} and snapshot column checks. Empty when the engine cannot tell; the
     * planner then skips schema-change handling (behaves as {@code on_schema_change: ignore}).
     */
    default List<Column> describeQuery(String sql) {
        return List.of();
    }

    /**
     * The partition columns of an existing table in partition order; a non-identity Iceberg transform appears
     * as Spark describes it ({@code days(pickup_datetime)}). Empty when unpartitioned, missing or unknown.
     */
    default List<String> partitionColumns(Relation relation) {
        return List.of();
    }

    /**
     * The comment, owner, column comments and statistics the catalog already holds for an existing relation, for
     * {@code docs generate}'s catalog.json; never runs a query. {@link RelationDetails#none()} when the engine
     * cannot tell (the default).
     */
    default RelationDetails relationDetails(Relation relation) {
        return RelationDetails.none();
    }

    static CatalogView offline() {
        return OfflineCatalogView.INSTANCE;
    }
}
