package io.gluedbt.compiler.project;

import io.gluedbt.compiler.model.OrderedMaps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a node's config from a dbt_project.yml config tree ({@code models:}, {@code seeds:}, ...)
 * by its fqn, as dbt does. The walk starts at the tree's top (configs there apply to every node), then
 * descends {@code tree[fqn[0]]} (the package), each folder, and finally the node's own name. At each
 * level a key is a config when it starts with '+' ({@code +materialized}), when its value is not a
 * mapping ({@code materialized: table}), or when it is a known dbt config name whose value is a mapping
 * ({@code meta: {...}}) and is not the name of the next level of the fqn; any other key is a sub-folder.
 * Levels are layered shallow to deep with {@link ConfigMerger#merge}: deeper wins, except that tags and
 * hooks append and meta, quoting, column_types, grants, docs and contract merge.
 *
 * <p>Precedence of a node's final config, lowest first: the package's own dbt_project.yml tree, the root
 * project's tree ({@link #resolveInOrder}), the schema.yml {@code config:}, the in-file {@code config()}.
 */
public final class ConfigTree {
    private ConfigTree() {}

    /** The config for {@code fqn} ([package, folders..., name]) from one tree; an unmodifiable ordered map. */
    public static Map<String, Object> resolve(Map<String, Object> tree, List<String> fqn) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<?, ?> level = tree == null ? Map.of() : tree;
        for (int depth = 0; ; depth++) {
            String next = depth < fqn.size() ? fqn.get(depth) : null;
            result = ConfigMerger.merge(result, configsAt(level, next));
            if (next == null || !(level.get(next) instanceof Map<?, ?> child)) {
                break;
            }
            level = child;
        }
        return OrderedMaps.copy(result);
    }

    /** Layers several trees for one fqn, lowest precedence first (a package's own tree, then the root's). */
    public static Map<String, Object> resolveInOrder(List<Map<String, Object>> treesLowestFirst, List<String> fqn) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map<String, Object> tree : treesLowestFirst) {
            result = ConfigMerger.merge(result, resolve(tree, fqn));
        }
        return OrderedMaps.copy(result);
    }

    private static Map<String, Object> configsAt(Map<?, ?> level, String next) {
        Map<String, Object> configs = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : level.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (key.startsWith("+")) {
                configs.put(key.substring(1).strip(), value);
            } else if (!(value instanceof Map<?, ?>)) {
                configs.put(key, value);
            } else if (ConfigNames.KNOWN.contains(key) && !key.equals(next)) {
                configs.put(key, value);
            }
        }
        return configs;
    }
}
