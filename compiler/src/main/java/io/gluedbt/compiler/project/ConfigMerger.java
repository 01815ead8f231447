package io.gluedbt.compiler.project;

import io.gluedbt.compiler.model.OrderedMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Layers one config over another with dbt's merge behaviours, so the parser can stack, lowest first:
 * a package's own dbt_project.yml tree, the root project's tree, the schema.yml {@code config:} and
 * the model's in-file {@code config()}.
 * <ul>
 *   <li>append: {@code tags} (duplicates dropped, first occurrence kept), {@code pre-hook},
 *       {@code post-hook}, {@code packages}: base values first, then the override's; a single string
 *       counts as a one-item list;</li>
 *   <li>merge: {@code meta}, {@code quoting}, {@code column_types}, {@code grants}, {@code docs},
 *       {@code contract}: the override's keys replace the base's key by key; in {@code grants} a key
 *       written {@code +select} adds its grantees to the base's instead of replacing them;</li>
 *   <li>everything else: the override wins (also when it is null).</li>
 * </ul>
 * Keys {@code pre_hook}/{@code post_hook} are read as {@code pre-hook}/{@code post-hook}, and hooks are
 * always lists (string items; a {@code {sql: ..., transaction: ...}} item is kept as written).
 */
public final class ConfigMerger {
    private ConfigMerger() {}

    /** A new ordered map: {@code override} layered over {@code base}; neither argument is changed. */
    public static Map<String, Object> merge(Map<String, ?> base, Map<String, ?> override) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (base != null) {
            base.forEach((key, value) -> put(result, ConfigNames.canonical(key), OrderedMaps.mutableCopy(value)));
        }
        if (override != null) {
            override.forEach((key, value) -> put(result, ConfigNames.canonical(key), OrderedMaps.mutableCopy(value)));
        }
        return result;
    }

    private static void put(Map<String, Object> result, String key, Object value) {
        if (ConfigNames.APPEND.contains(key)) {
            List<Object> combined = new ArrayList<>(asList(result.get(key)));
            combined.addAll(asList(value));
            result.put(key, key.equals("tags") ? new ArrayList<>(new LinkedHashSet<>(combined)) : combined);
        } else if (ConfigNames.MERGE.contains(key) && value instanceof Map<?, ?> overrideMap
                && result.get(key) instanceof Map<?, ?> baseMap) {
            result.put(key, mergeMaps(key, baseMap, overrideMap));
        } else {
            result.put(key, value);
        }
    }

    private static Map<String, Object> mergeMaps(String key, Map<?, ?> base, Map<?, ?> override) {
        Map<String, Object> merged = new LinkedHashMap<>();
        base.forEach((name, value) -> merged.put(String.valueOf(name), value));
        override.forEach((name, value) -> {
            String text = String.valueOf(name);
            if (key.equals("grants") && text.startsWith("+")) {
                String privilege = text.substring(1).strip();
                List<Object> grantees = new ArrayList<>(asList(merged.get(privilege)));
                grantees.addAll(asList(value));
                merged.put(privilege, grantees);
            } else {
                merged.put(text, value);
            }
        });
        return merged;
    }

    private static List<?> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list : List.of(value);
    }
}
