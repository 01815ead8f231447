package io.gluedbt.compiler.yaml;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One parsed YAML document as plain Java values (LinkedHashMap&lt;String, Object&gt;, ArrayList, String,
 * Integer, Long, Double, Boolean, null) that remembers where things were written, so callers can point
 * errors at lines. Lines are looked up by identity of the very map or list instance this file returned:
 * a copy has no line. Malformed YAML and duplicate keys fail with {@link ErrorCode#YAML_INVALID}; an
 * empty document is an empty map.
 */
public final class YamlFile {
    private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;

    private final String displayPath;
    private final Object root;
    private final YamlConverter converter;

    private YamlFile(String displayPath, Object root, YamlConverter converter) {
        this.displayPath = displayPath;
        this.root = root;
        this.converter = converter;
    }

    /** Reads and parses a file; {@code displayPath} is how messages name it (project-relative). */
    public static YamlFile load(Path absolute, String displayPath) {
        requireNonNull(absolute, "absolute is null");
        String text;
        try {
            text = Files.readString(absolute, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GluedbtException(ErrorCode.PROJECT_INVALID, SourcePosition.fileOnly(displayPath),
                    "cannot read file: " + e.getMessage(), e);
        }
        return parse(text, displayPath);
    }

    /** Parses YAML text; {@code displayPath} names it in messages ("--vars", "models/schema.yml"). */
    public static YamlFile parse(String text, String displayPath) {
        requireNonNull(text, "text is null");
        requireNonNull(displayPath, "displayPath is null");
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(CODE_POINT_LIMIT);
        options.setAllowDuplicateKeys(false);
        YamlConverter converter = new YamlConverter(displayPath, options);
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw YamlErrors.malformed(e, displayPath, text);
        } catch (YAMLException e) {
            throw YamlErrors.unreadable(e, displayPath);
        }
        Object root = node == null ? new LinkedHashMap<String, Object>() : converter.convert(node);
        return new YamlFile(displayPath, root, converter);
    }

    public String displayPath() {
        return displayPath;
    }

    /** The document's root value: a map, a list, a scalar, or an empty map for an empty document. */
    public Object root() {
        return root;
    }

    /** The root as a map; fails with YAML_INVALID naming the file when the document is not a mapping. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> rootMap() {
        if (root instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new GluedbtException(ErrorCode.YAML_INVALID, SourcePosition.of(displayPath, 1),
                "expected a mapping of keys to values at the top of the file, found " + describe(root));
    }

    /** The 1-based line where a map or list returned by this file starts; 0 when it is not one of ours. */
    public int lineOf(Object container) {
        return converter.containerLines.getOrDefault(container, 0);
    }

    /** The 1-based line of {@code key} in {@code map}; the map's own line when the key is absent; 0 when unknown. */
    public int lineOf(Map<?, ?> map, String key) {
        Map<String, Integer> lines = converter.keyLines.get(map);
        Integer line = lines == null ? null : lines.get(key);
        return line != null ? line : lineOf(map);
    }

    /** The 1-based line of item {@code index} of a list returned by this file; the list's line when unknown. */
    public int lineOf(List<?> list, int index) {
        int[] lines = converter.itemLines.get(list);
        return lines != null && index >= 0 && index < lines.length ? lines[index] : lineOf(list);
    }

    public SourcePosition position(Map<?, ?> map, String key) {
        return SourcePosition.of(displayPath, lineOf(map, key));
    }

    public SourcePosition position(Object container) {
        return SourcePosition.of(displayPath, lineOf(container));
    }

    public SourcePosition position(List<?> list, int index) {
        return SourcePosition.of(displayPath, lineOf(list, index));
    }

    /** "a string ('x')", "a list", "a mapping", "a number (3)", "nothing": for type errors. */
    public static String describe(Object value) {
        if (value == null) {
            return "nothing (null)";
        }
        if (value instanceof String text) {
            return "a string ('" + text + "')";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Boolean) {
            return "a boolean (" + value + ")";
        }
        return "a number (" + value + ")";
    }
}
