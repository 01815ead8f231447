package io.gluedbt.compiler.project;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.yaml.YamlFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of YAML values with PROJECT_INVALID errors that name the key, the file and the line. */
final class YamlValues {
    private final YamlFile file;

    YamlValues(YamlFile file) {
        this.file = file;
    }

    YamlFile file() {
        return file;
    }

    GluedbtException invalid(Map<?, ?> map, String key, String message) {
        return new GluedbtException(ErrorCode.PROJECT_INVALID, file.position(map, key), message);
    }

    /** A scalar as text (numbers and booleans too, so {@code version: 1.0} reads "1.0"); null when absent. */
    String string(Map<String, Object> map, String key, String defaultValue) {
        Object value = map.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw invalid(map, key, "'" + key + "' must be a string, got " + YamlFile.describe(value));
        }
        return String.valueOf(value);
    }

    /** A list of strings; a single string is an error that shows how to write the list. */
    List<String> stringList(Map<String, Object> map, String key, List<String> defaultValue) {
        Object value = map.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof List<?> list)) {
            String example = value instanceof String text ? " (write " + key + ": [\"" + text + "\"])" : "";
            throw invalid(map, key, "'" + key + "' must be a list of strings, got " + YamlFile.describe(value) + example);
        }
        return strings(map, key, list);
    }

    /** A string or a list of strings (on-run-start, require-dbt-version), always as a list. */
    List<String> stringOrList(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return strings(map, key, list);
        }
        if (value instanceof Map<?, ?>) {
            throw invalid(map, key, "'" + key + "' must be a string or a list of strings, got a mapping");
        }
        return List.of(String.valueOf(value));
    }

    private List<String> strings(Map<String, Object> map, String key, List<?> list) {
        List<String> strings = new ArrayList<>(list.size());
        for (int index = 0; index < list.size(); index++) {
            Object item = list.get(index);
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?>) {
                throw new GluedbtException(ErrorCode.PROJECT_INVALID, file.position(list, index),
                        "'" + key + "' must be a list of strings, but item " + (index + 1) + " is " + YamlFile.describe(item));
            }
            strings.add(String.valueOf(item));
        }
        return strings;
    }

    /** A mapping; empty when absent. */
    @SuppressWarnings("unchecked")
    Map<String, Object> map(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw invalid(map, key, "'" + key + "' must be a mapping, got " + YamlFile.describe(value));
        }
        return (Map<String, Object>) value;
    }

    /** An integer written as a number or as text ("4"), as dbt coerces threads and port. */
    Integer integer(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw invalid(map, key, "'" + key + "' must be a whole number, got " + YamlFile.describe(value));
    }
}
