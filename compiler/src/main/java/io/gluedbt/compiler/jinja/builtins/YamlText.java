package io.gluedbt.compiler.jinja.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/** PyYAML's {@code safe_load} and {@code safe_dump} (block style, no key sorting unless asked) via SnakeYAML. */
final class YamlText {
    private YamlText() {}

    static Object load(String text) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return plain(yaml.load(text));
    }

    static String dump(Object value, boolean sortKeys) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(80);
        options.setSplitLines(true);
        Yaml yaml = new Yaml(new Representer(options), options);
        return yaml.dump(plain(value, sortKeys));
    }

    private static Object plain(Object value) {
        return plain(value, false);
    }

    /** Copies into plain maps/lists with Long integers, so SnakeYAML and Jinjava see ordinary values. */
    private static Object plain(Object value, boolean sortKeys) {
        value = PythonValues.normalize(value);
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = sortKeys ? new TreeMap<>(PythonValues::compare) : new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(plain(key, sortKeys), plain(item, sortKeys)));
            return sortKeys ? new LinkedHashMap<>(copy) : copy;
        }
        if (value instanceof Iterable<?> iterable && !(value instanceof String)) {
            List<Object> copy = new ArrayList<>();
            iterable.forEach(item -> copy.add(plain(item, sortKeys)));
            return copy;
        }
        return value;
    }
}
