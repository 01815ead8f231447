package io.gluedbt.compiler.docs;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One relation in catalog.json: its metadata ({@code type, schema, name, database, comment, owner}), its columns
 * in order, its statistics, and the unique id of the model, seed, snapshot or source it belongs to.
 *
 * @param type the relation type as dbt names it ({@code table}, {@code view})
 */
public record CatalogTable(
        String uniqueId,
        String type,
        String database,
        String schema,
        String name,
        String comment,
        String owner,
        List<CatalogColumn> columns,
        List<CatalogStat> stats) {
    public CatalogTable {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(type, "type is null");
        requireNonNull(schema, "schema is null");
        requireNonNull(name, "name is null");
        columns = List.copyOf(columns);
        stats = List.copyOf(stats);
    }
}
