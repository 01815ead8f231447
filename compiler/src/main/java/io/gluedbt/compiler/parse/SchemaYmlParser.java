package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.ColumnInfo;
import io.gluedbt.compiler.yaml.YamlFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads schema.yml files (version 2): model/seed/snapshot/analysis/macro patches, sources, generic tests
 * and exposures. Unknown top-level keys are ignored like dbt; wrong shapes fail at their line.
 */
final class SchemaYmlParser {
    private static final List<String> PATCHED = List.of("models", "seeds", "snapshots", "analyses", "macros");

    private final ParseContext context;
    private final SchemaContents contents;

    SchemaYmlParser(ParseContext context, SchemaContents contents) {
        this.context = context;
        this.contents = contents;
    }

    void parse(SourceFile file) {
        YamlFile yaml = YamlFile.parse(file.text(), file.displayPath());
        if (!(yaml.root() instanceof Map<?, ?>)) {
            if (yaml.root() == null) {
                return;
            }
            throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, yaml.position(yaml.root()), "a schema file must be a mapping with 'version: 2' and resource lists");
        }
        Map<String, Object> root = yaml.rootMap();
        for (String key : PATCHED) {
            List<Object> entries = YamlReading.list(yaml, root, key);
            for (int index = 0; index < entries.size(); index++) {
                parseResource(file, yaml, key, YamlReading.entry(yaml, entries, index, key));
            }
        }
        List<Object> sources = YamlReading.list(yaml, root, "sources");
        for (int index = 0; index < sources.size(); index++) {
            new SourceYmlParser(context, contents).parse(file, yaml, YamlReading.entry(yaml, sources, index, "sources"));
        }
        List<Object> exposures = YamlReading.list(yaml, root, "exposures");
        for (int index = 0; index < exposures.size(); index++) {
            contents.exposures().add(ExposureYmlParser.parse(context, file, yaml, YamlReading.entry(yaml, exposures, index, "exposures")));
        }
    }

    private void parseResource(SourceFile file, YamlFile yaml, String key, Map<String, Object> entry) {
        String name = YamlReading.requiredName(yaml, entry, key);
        Map<String, Object> config = new LinkedHashMap<>(YamlReading.map(yaml, entry, "config"));
        for (String legacy : List.of("meta", "tags", "docs", "access", "group")) {
            if (entry.containsKey(legacy) && !config.containsKey(legacy)) {
                config.put(legacy, entry.get(legacy));
            }
        }
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        List<Object> columnEntries = YamlReading.list(yaml, entry, "columns");
        for (int index = 0; index < columnEntries.size(); index++) {
            Map<String, Object> column = YamlReading.entry(yaml, columnEntries, index, "columns");
            String columnName = YamlReading.requiredName(yaml, column, "column");
            Map<String, Object> columnConfig = YamlReading.map(yaml, column, "config");
            Object meta = column.containsKey("meta") ? column.get("meta") : columnConfig.get("meta");
            Object tags = column.containsKey("tags") ? column.get("tags") : columnConfig.get("tags");
            columns.put(columnName, new ColumnInfo(columnName, context.docs().render(YamlReading.string(yaml, column, "description"), yaml.position(column, "description")),
                    YamlReading.string(yaml, column, "data_type"), meta instanceof Map<?, ?> map ? castMap(map) : Map.of(),
                    tags instanceof List<?> list ? list.stream().map(String::valueOf).toList() : tags == null ? List.of() : List.of(tags.toString()),
                    column.get("quote") instanceof Boolean quote ? quote : null));
            if (!key.equals("analyses") && !key.equals("macros")) {
                addTests(file, yaml, column, key, name, null, columnName);
            }
        }
        String resourceType = key.equals("analyses") ? "analysis" : key.substring(0, key.length() - 1);
        contents.addPatch(new Patch(resourceType + ":" + file.project().name() + ":" + name, name,
                context.docs().render(YamlReading.string(yaml, entry, "description"), yaml.position(entry, "description")),
                columns, config, file.project().name() + "://" + file.originalFilePath(), yaml.position(entry)));
        if (!key.equals("analyses") && !key.equals("macros")) {
            addTests(file, yaml, entry, key, name, null, null);
        }
    }

    /** The generic tests under {@code tests:} / {@code data_tests:} of a model, column, source or table. */
    void addTests(SourceFile file, YamlFile yaml, Map<String, Object> owner, String targetKind, String targetName, String tableName, String columnName) {
        for (String testsKey : List.of("data_tests", "tests")) {
            List<Object> tests = YamlReading.list(yaml, owner, testsKey);
            for (int index = 0; index < tests.size(); index++) {
                contents.tests().add(TestSpecReader.read(file, yaml, tests, index, targetKind, targetName, tableName, columnName));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    static Set<String> patchedKeys() {
        return Set.copyOf(PATCHED);
    }
}
