package io.gluedbt.compiler.project;

import io.gluedbt.compiler.yaml.YamlFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Renders every string of a parsed YAML tree in place (so {@link YamlFile#lineOf} keeps working),
 * skipping the key paths dbt renders later: on-run-start/on-run-end, query-comment and vars in
 * dbt_project.yml, and pre-hook/post-hook anywhere inside a resource config tree.
 */
final class TreeRendering {
    private static final Set<String> LATE_TOP_LEVEL_KEYS = Set.of("on-run-start", "on-run-end", "query-comment", "vars");
    private static final Set<String> CONFIG_TREES = Set.of("models", "seeds", "snapshots", "tests", "data_tests", "sources", "analyses", "exposures", "unit_tests");
    private static final Set<String> HOOK_KEYS = Set.of("pre-hook", "post-hook", "pre_hook", "post_hook");

    private TreeRendering() {}

    /** dbt_project.yml's rule: true for key paths that stay raw at load time. */
    static boolean isLateRenderedProjectKey(List<String> keypath) {
        if (keypath.isEmpty()) {
            return false;
        }
        if (LATE_TOP_LEVEL_KEYS.contains(keypath.get(0))) {
            return true;
        }
        if (CONFIG_TREES.contains(keypath.get(0))) {
            for (String key : keypath) {
                if (HOOK_KEYS.contains(key.replaceFirst("^[+\\s]+", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    static void renderMap(YamlFile file, Map<String, Object> map, List<String> keypath, ConfigRenderer renderer, Predicate<List<String>> keepRaw) {
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            List<String> path = append(keypath, entry.getKey());
            if (keepRaw.test(path)) {
                continue;
            }
            Object value = entry.getValue();
            if (value instanceof String text) {
                entry.setValue(renderer.render(text, file.position(map, entry.getKey())));
            } else {
                renderChild(file, value, path, renderer, keepRaw);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void renderChild(YamlFile file, Object value, List<String> path, ConfigRenderer renderer, Predicate<List<String>> keepRaw) {
        if (value instanceof Map<?, ?> child) {
            renderMap(file, (Map<String, Object>) child, path, renderer, keepRaw);
        } else if (value instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            for (int index = 0; index < items.size(); index++) {
                Object item = items.get(index);
                if (item instanceof String text) {
                    items.set(index, renderer.render(text, file.position(items, index)));
                } else {
                    renderChild(file, item, path, renderer, keepRaw);
                }
            }
        }
    }

    private static List<String> append(List<String> keypath, String key) {
        List<String> path = new ArrayList<>(keypath.size() + 1);
        path.addAll(keypath);
        path.add(key);
        return path;
    }
}
