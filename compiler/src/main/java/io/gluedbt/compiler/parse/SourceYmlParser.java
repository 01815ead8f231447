package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.model.ColumnInfo;
import io.gluedbt.compiler.model.SourceTable;
import io.gluedbt.compiler.project.ConfigMerger;
import io.gluedbt.compiler.yaml.YamlFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code sources:} entry: its tables become {@link SourceTable}s with dbt's defaults
 * (schema = source name, identifier = table name, database = the target's) and their tests become specs.
 */
final class SourceYmlParser {
    private final ParseContext context;
    private final SchemaContents contents;

    SourceYmlParser(ParseContext context, SchemaContents contents) {
        this.context = context;
        this.contents = contents;
    }

    void parse(SourceFile file, YamlFile yaml, Map<String, Object> source) {
        String sourceName = YamlReading.requiredName(yaml, source, "sources");
        String schema = firstNonNull(YamlReading.string(yaml, source, "schema"), sourceName);
        String database = YamlReading.string(yaml, source, "database");
        String sourceDescription = context.docs().render(YamlReading.string(yaml, source, "description"), yaml.position(source, "description"));
        Map<String, Object> sourceConfig = YamlReading.map(yaml, source, "config");
        Map<String, Object> sourceMeta = YamlReading.map(yaml, source, "meta");
        List<String> sourceTags = strings(source.get("tags"));
        SchemaYmlParser schemaParser = new SchemaYmlParser(context, contents);
        List<Object> tables = YamlReading.list(yaml, source, "tables");
        for (int index = 0; index < tables.size(); index++) {
            Map<String, Object> table = YamlReading.entry(yaml, tables, index, "tables");
            String tableName = YamlReading.requiredName(yaml, table, "tables");
            String identifier = firstNonNull(YamlReading.string(yaml, table, "identifier"), tableName);
            List<String> fqn = new ArrayList<>();
            fqn.add(file.project().name());
            fqn.addAll(file.directories());
            fqn.add(sourceName);
            fqn.add(tableName);
            Map<String, Object> config = ConfigMerger.merge(
                    ConfigMerger.merge(context.treeConfig(file.project(), "sources", fqn), sourceConfig), YamlReading.map(yaml, table, "config"));
            List<String> tags = new ArrayList<>(sourceTags);
            for (String tag : strings(table.get("tags"))) {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            Map<String, ColumnInfo> columns = new LinkedHashMap<>();
            List<Object> columnEntries = YamlReading.list(yaml, table, "columns");
            for (int columnIndex = 0; columnIndex < columnEntries.size(); columnIndex++) {
                Map<String, Object> column = YamlReading.entry(yaml, columnEntries, columnIndex, "columns");
                String columnName = YamlReading.requiredName(yaml, column, "column");
                columns.put(columnName, new ColumnInfo(columnName,
                        context.docs().render(YamlReading.string(yaml, column, "description"), yaml.position(column, "description")),
                        YamlReading.string(yaml, column, "data_type"), YamlReading.map(yaml, column, "meta"), strings(column.get("tags")), null));
                schemaParser.addTests(file, yaml, column, "sources", sourceName, tableName, columnName);
            }
            Map<String, Object> freshness = table.containsKey("freshness") ? mapOrNull(table.get("freshness")) : mapOrNull(source.get("freshness"));
            String loadedAtField = firstNonNull(YamlReading.string(yaml, table, "loaded_at_field"), YamlReading.string(yaml, source, "loaded_at_field"));
            contents.sources().add(new SourceTable("source." + file.project().name() + "." + sourceName + "." + tableName,
                    file.project().name(), sourceName, tableName, file.originalFilePath(), file.originalFilePath(), fqn, database, schema,
                    identifier, schema + "." + identifier,
                    context.docs().render(YamlReading.string(yaml, table, "description"), yaml.position(table, "description")),
                    sourceDescription, YamlReading.string(yaml, source, "loader"), loadedAtField, freshness, columns, config,
                    YamlReading.map(yaml, table, "meta"), sourceMeta, tags));
            schemaParser.addTests(file, yaml, table, "sources", sourceName, tableName, null);
        }
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOrNull(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
