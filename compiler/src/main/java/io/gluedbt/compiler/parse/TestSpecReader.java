package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.yaml.YamlFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one entry of a {@code tests:} list: {@code unique}, {@code {accepted_values: {values: [...]}}}, ... */
final class TestSpecReader {
    /** Keys of a test entry that are config, not arguments (dbt's test config keys). */
    private static final Set<String> CONFIG_KEYS = Set.of("severity", "tags", "enabled", "where", "limit", "warn_if", "error_if",
            "fail_calc", "store_failures", "store_failures_as", "meta", "alias", "schema", "database", "group");

    private TestSpecReader() {}

    static TestSpec read(SourceFile file, YamlFile yaml, List<Object> tests, int index, String targetKind, String targetName,
            String tableName, String columnName) {
        Object entry = tests.get(index);
        String fullName;
        Map<String, Object> body = new LinkedHashMap<>();
        if (entry instanceof String name) {
            fullName = name;
        } else if (entry instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> only = map.entrySet().iterator().next();
            fullName = String.valueOf(only.getKey());
            if (only.getValue() instanceof Map<?, ?> values) {
                values.forEach((key, value) -> body.put(String.valueOf(key), value));
            } else if (only.getValue() != null) {
                throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, yaml.position(tests, index),
                        "test '" + fullName + "' must map to its arguments, e.g. {" + fullName + ": {values: [...]}}");
            }
        } else {
            String got = entry instanceof Map<?, ?> map && map.size() > 1
                    ? "a mapping with " + map.size() + " keys (" + String.join(", ", map.keySet().stream().map(String::valueOf).toList())
                            + "): give each test its own '- ' entry and indent its arguments under its name"
                    : YamlFile.describe(entry);
            throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, yaml.position(tests, index),
                    "a test must be a name ('unique') or a mapping with one test name, got " + got);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        Map<String, Object> arguments = new LinkedHashMap<>();
        String customName = null;
        for (Map.Entry<String, Object> item : body.entrySet()) {
            String key = item.getKey();
            if (key.equals("config") && item.getValue() instanceof Map<?, ?> values) {
                values.forEach((name, value) -> config.put(String.valueOf(name), value));
            } else if (key.equals("arguments") && item.getValue() instanceof Map<?, ?> values) {
                values.forEach((name, value) -> arguments.put(String.valueOf(name), value));
            } else if (key.equals("name")) {
                customName = String.valueOf(item.getValue());
            } else if (key.equals("column_name") && columnName == null) {
                arguments.put(key, item.getValue());
            } else if (CONFIG_KEYS.contains(key)) {
                config.put(key, item.getValue());
            } else {
                arguments.put(key, item.getValue());
            }
        }
        String namespace = null;
        String testName = fullName;
        int dot = fullName.indexOf('.');
        if (dot > 0) {
            namespace = fullName.substring(0, dot);
            testName = fullName.substring(dot + 1);
        }
        String effectiveColumn = columnName != null ? columnName : arguments.containsKey("column_name") ? String.valueOf(arguments.get("column_name")) : null;
        return new TestSpec(testName, namespace, targetKind, targetName, tableName, effectiveColumn, arguments, config, customName, file, yaml.position(tests, index));
    }
}
