package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.QueryResult;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory catalog: relations with a type, a format and columns; described queries by SQL text. */
final class FakeCatalog implements CatalogView {
    private final Map<String, Relation> relations = new LinkedHashMap<>();
    private final Map<String, String> formats = new LinkedHashMap<>();
    private final Map<String, List<Column>> columns = new LinkedHashMap<>();
    private final Map<String, List<Column>> described = new LinkedHashMap<>();
    private final List<String> describedQueries = new ArrayList<>();

    FakeCatalog table(String schema, String identifier, String format, String... columnsAndTypes) {
        return add(schema, identifier, RelationType.TABLE, format, columnsAndTypes);
    }

    FakeCatalog view(String schema, String identifier) {
        return add(schema, identifier, RelationType.VIEW, null);
    }

    /** A table whose format the engine cannot tell. */
    FakeCatalog tableOfUnknownFormat(String schema, String identifier, String... columnsAndTypes) {
        return add(schema, identifier, RelationType.TABLE, null, columnsAndTypes);
    }

    FakeCatalog describes(String sql, String... columnsAndTypes) {
        described.put(sql, columns(columnsAndTypes));
        return this;
    }

    List<String> describedQueries() {
        return describedQueries;
    }

    private FakeCatalog add(String schema, String identifier, RelationType type, String format, String... columnsAndTypes) {
        String key = schema + "." + identifier;
        relations.put(key, new Relation(schema, schema, identifier, type));
        if (format != null) {
            formats.put(key, format);
        }
        columns.put(key, columns(columnsAndTypes));
        return this;
    }

    private static List<Column> columns(String... columnsAndTypes) {
        List<Column> result = new ArrayList<>();
        for (int index = 0; index + 1 < columnsAndTypes.length; index += 2) {
            result.add(new Column(columnsAndTypes[index], columnsAndTypes[index + 1]));
        }
        return result;
    }

    @Override
    public Optional<Relation> getRelation(String database, String schema, String identifier) {
        return Optional.ofNullable(relations.get(schema + "." + identifier));
    }

    @Override
    public List<Column> getColumns(Relation relation) {
        return columns.getOrDefault(relation.getSchema() + "." + relation.getIdentifier(), List.of());
    }

    @Override
    public QueryResult runQuery(String sql) {
        throw new UnsupportedOperationException("the planner must not run queries: " + sql);
    }

    @Override
    public Optional<String> tableFormat(Relation relation) {
        return Optional.ofNullable(formats.get(relation.getSchema() + "." + relation.getIdentifier()));
    }

    @Override
    public List<Column> describeQuery(String sql) {
        describedQueries.add(sql);
        return described.getOrDefault(sql, List.of());
    }
}
