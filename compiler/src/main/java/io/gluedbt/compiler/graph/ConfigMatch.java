package io.gluedbt.compiler.graph;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * dbt's {@code config.<key>[.<nested>]:<value>} test: descend the config by the keys; a list matches
 * when it contains the value, a scalar when it equals it; {@code true}/{@code false} match booleans
 * case-insensitively, and {@code config.severity} compares case-insensitively.
 */
final class ConfigMatch {
    private ConfigMatch() {}

    static boolean matches(Map<String, Object> config, List<String> keys, String wanted) {
        if (keys.isEmpty()) {
            return false;
        }
        Object value = config;
        for (String key : keys) {
            if (value instanceof Map<?, ?> map && map.containsKey(key)) {
                value = map.get(key);
            } else {
                return false;
            }
        }
        boolean caseInsensitive = keys.equals(List.of("severity"));
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(item -> scalarMatches(item, wanted, caseInsensitive));
        }
        return scalarMatches(value, wanted, caseInsensitive);
    }

    private static boolean scalarMatches(Object value, String wanted, boolean caseInsensitive) {
        if (value instanceof Boolean bool) {
            return wanted.toLowerCase(Locale.ROOT).equals(bool.toString());
        }
        if (value instanceof String text) {
            return caseInsensitive ? text.equalsIgnoreCase(wanted) : text.equals(wanted);
        }
        if (value instanceof Number number) {
            return number.toString().equals(wanted);
        }
        return false;
    }
}
