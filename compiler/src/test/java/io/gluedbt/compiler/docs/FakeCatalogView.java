package io.gluedbt.compiler.docs;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.QueryResult;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationDetails;
import io.gluedbt.compiler.catalog.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory catalog: relations with columns, details, format and partitions; records every call; runs no query. */
final class FakeCatalogView implements CatalogView {
    private final Map<String, Relation> relations = new LinkedHashMap<>();
    private final Map<String, List<Column>> columns = new LinkedHashMap<>();
    private final Map<String, RelationDetails> details = new LinkedHashMap<>();
    private final Map<String, String> formats = new LinkedHashMap<>();
    private final Map<String, List<String>> partitions = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();

    FakeCatalogView table(String schema, String name, RelationType type, List<Column> tableColumns) {
        String key = schema + "." + name;
        relations.put(key, new Relation(schema, schema, name, type));
        columns.put(key, List.copyOf(tableColumns));
        return this;
    }

    FakeCatalogView details(String schema, String name, RelationDetails relationDetails, String format, List<String> partitionColumns) {
        String key = schema + "." + name;
        details.put(key, relationDetails);
        formats.put(key, format);
        partitions.put(key, List.copyOf(partitionColumns));
        return this;
    }

    FakeCatalogView failing(String schema, String name, String message) {
        failures.put(schema + "." + name, message);
        return this;
    }

    @Override
    public Optional<Relation> getRelation(String database, String schema, String identifier) {
        String key = schema + "." + identifier;
        calls.add("getRelation " + key);
        if (failures.containsKey(key)) {
            throw new IllegalStateException(failures.get(key));
        }
        return Optional.ofNullable(relations.get(key));
    }

    @Override
    public List<Column> getColumns(Relation relation) {
        calls.add("getColumns " + relation);
        return columns.getOrDefault(relation.toString(), List.of());
    }

    @Override
    public RelationDetails relationDetails(Relation relation) {
        calls.add("relationDetails " + relation);
        return details.getOrDefault(relation.toString(), RelationDetails.none());
    }

    @Override
    public Optional<String> tableFormat(Relation relation) {
        calls.add("tableFormat " + relation);
        return Optional.ofNullable(formats.get(relation.toString()));
    }

    @Override
    public List<String> partitionColumns(Relation relation) {
        calls.add("partitionColumns " + relation);
        return partitions.getOrDefault(relation.toString(), List.of());
    }

    @Override
    public QueryResult runQuery(String sql) {
        throw new AssertionError("the catalog builder must not run queries: " + sql);
    }

    @Override
    public List<Column> describeQuery(String sql) {
        throw new AssertionError("the catalog builder must not describe queries: " + sql);
    }
}
