package io.gluedbt.compiler.artifacts;

import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.OrderedMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node's rendered {@code config}: the type's defaults with the resolved user values laid over them.
 * Known keys keep dbt's position; extra keys (file_format, table_properties, ...) follow in the user's
 * order, as dbt appends {@code _extra}. Hooks become {@code {sql, transaction, index}} objects, tags a
 * list, and {@code docs}/{@code contract}/{@code snapshot_meta_column_names} merge with their defaults.
 */
final class ConfigSerializer {
    private static final List<String> MERGED_MAPS = List.of("docs", "contract", "snapshot_meta_column_names");

    private ConfigSerializer() {}

    static Map<String, Object> render(Node node) {
        Map<String, Object> config = ConfigDefaults.forType(node.resourceType());
        node.config().forEach((key, value) -> put(config, canonicalKey(key), value));
        return config;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> config, String key, Object value) {
        if (key.equals("pre-hook") || key.equals("post-hook")) {
            config.put(key, hooks(value));
        } else if (key.equals("tags")) {
            config.put(key, tags(value));
        } else if (MERGED_MAPS.contains(key) && value instanceof Map<?, ?> map && config.get(key) instanceof Map<?, ?> defaults) {
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) defaults);
            map.forEach((item, itemValue) -> merged.put(String.valueOf(item), OrderedMaps.deepCopy(itemValue)));
            config.put(key, merged);
        } else {
            config.put(key, OrderedMaps.deepCopy(value));
        }
    }

    /** {@code config(pre_hook=...)} and {@code +pre-hook:} are the same key; dbt writes the dashed form. */
    static String canonicalKey(String key) {
        return switch (key) {
            case "pre_hook" -> "pre-hook";
            case "post_hook" -> "post-hook";
            default -> key;
        };
    }

    static List<String> tags(Object value) {
        List<String> tags = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> tags.add(String.valueOf(item)));
        } else if (value != null) {
            tags.add(value.toString());
        }
        return tags;
    }

    private static List<Object> hooks(Object value) {
        List<Object> hooks = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> hooks.add(hook(item)));
        } else if (value != null) {
            hooks.add(hook(value));
        }
        return hooks;
    }

    private static Map<String, Object> hook(Object value) {
        Map<String, Object> hook = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            hook.put("sql", String.valueOf(map.get("sql")));
            Object transaction = map.get("transaction");
            hook.put("transaction", transaction == null || Boolean.parseBoolean(transaction.toString()));
            hook.put("index", map.get("index"));
        } else {
            hook.put("sql", String.valueOf(value));
            hook.put("transaction", true);
            hook.put("index", null);
        }
        return hook;
    }
}
