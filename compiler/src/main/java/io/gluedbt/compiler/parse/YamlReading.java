package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.yaml.YamlFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads from parsed YAML with errors that point at the key's line. */
final class YamlReading {
    private YamlReading() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(YamlFile file, Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(file, parent, key, "must be a mapping, got " + YamlFile.describe(value));
        }
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(YamlFile file, Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            return new ArrayList<>();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(file, parent, key, "must be a list, got " + YamlFile.describe(value) + listHint(value));
        }
        return (List<Object>) list;
    }

    static String string(YamlFile file, Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw invalid(file, parent, key, "must be a string, got " + YamlFile.describe(value));
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> entry(YamlFile file, List<Object> list, int index, String what) {
        Object value = list.get(index);
        if (!(value instanceof Map<?, ?> map)) {
            throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, file.position(list, index),
                    what + " entries must be mappings with a 'name', got " + YamlFile.describe(value));
        }
        return (Map<String, Object>) map;
    }

    static String requiredName(YamlFile file, Map<String, Object> entry, String what) {
        Object name = entry.get("name");
        if (name == null || name.toString().isBlank()) {
            throw new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, file.position(entry), what + " entry has no 'name'");
        }
        return name.toString();
    }

    /** How to turn a mapping into the list that was expected: one '- ' entry per item. */
    private static String listHint(Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty() && map.values().stream().allMatch(item -> item == null || item instanceof Map<?, ?>)) {
            return " (write each entry as a list item, e.g. '- name: " + map.keySet().iterator().next() + "')";
        }
        return " (start each entry with '- ')";
    }

    static GluedbtException invalid(YamlFile file, Map<?, ?> parent, String key, String message) {
        return new GluedbtException(ErrorCode.SCHEMA_YML_INVALID, file.position(parent, key), "'" + key + "' " + message);
    }
}
