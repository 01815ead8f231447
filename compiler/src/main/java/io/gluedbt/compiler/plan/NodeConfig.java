package io.gluedbt.compiler.plan;

import io.gluedbt.compiler.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of a node's resolved config, accepting the shapes dbt accepts (a string or a list, {@code 'True'} or true). */
final class NodeConfig {
    private final Map<String, Object> config;

    NodeConfig(Node node) {
        this.config = node.config();
    }

    Optional<Object> value(String key) {
        return Optional.ofNullable(config.get(key));
    }

    Optional<String> string(String key) {
        return value(key).map(Object::toString).map(String::trim).filter(text -> !text.isEmpty());
    }

    /** A string, or a list of strings; empty when unset. */
    List<String> list(String key) {
        Object value = config.get(key);
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item != null && !item.toString().isBlank()) {
                    result.add(item.toString().trim());
                }
            }
        } else if (value != null && !value.toString().isBlank()) {
            result.add(value.toString().trim());
        }
        return List.copyOf(result);
    }

    /** A map of strings (table_properties, hudi_options), keeping the configured order. */
    Map<String, String> stringMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        if (config.get(key) instanceof Map<?, ?> map) {
            map.forEach((name, value) -> result.put(String.valueOf(name), String.valueOf(value)));
        }
        return result;
    }

    /** true / false, or dbt-glue's string spellings {@code 'True'} / {@code 'False'}. */
    boolean isTrue(String key, boolean defaultValue) {
        Object value = config.get(key);
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value == null || value.toString().isBlank()) {
            return defaultValue;
        }
        return value.toString().trim().equalsIgnoreCase("true");
    }

    Optional<Integer> integer(String key) {
        Object value = config.get(key);
        if (value instanceof Number number) {
            return Optional.of(number.intValue());
        }
        return string(key).map(Integer::valueOf);
    }
}
