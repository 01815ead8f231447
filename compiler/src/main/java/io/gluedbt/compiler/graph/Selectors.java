package io.gluedbt.compiler.graph;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.error.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The selectors of a project's selectors.yml, parsed from the already-loaded YAML map, in file order. */
public final class Selectors {
    static final String FILE = "selectors.yml";

    private final Map<String, SelectorDefinition> byName;

    private Selectors(Map<String, SelectorDefinition> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static Selectors none() {
        return new Selectors(new LinkedHashMap<>());
    }

    /** Parses {@code {selectors: [{name, description, default, definition}, ...]}}; null or empty means no selectors. */
    public static Selectors parse(Map<String, Object> selectorsYaml) {
        if (selectorsYaml == null || selectorsYaml.isEmpty()) {
            return none();
        }
        Object entries = selectorsYaml.get("selectors");
        if (!(entries instanceof List<?> list)) {
            throw invalid("Could not parse selector file data: expected a 'selectors:' list");
        }
        Map<String, SelectorDefinition> byName = new LinkedHashMap<>();
        String defaultName = null;
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> map) || !(map.get("name") instanceof String name)) {
                throw invalid("Could not parse selector file data: every selector needs a 'name' (got " + entry + ")");
            }
            if (!map.containsKey("definition")) {
                throw invalid("Could not parse selector file data: selector '" + name + "' has no 'definition'");
            }
            if (byName.containsKey(name)) {
                throw invalid("Could not parse selector file data: selector '" + name + "' is defined twice");
            }
            boolean isDefault = Boolean.TRUE.equals(map.get("default"));
            if (isDefault && defaultName != null) {
                throw invalid("Error when parsing the selector file. Found multiple selectors with `default: true`:"
                        + defaultName + " and " + name);
            }
            defaultName = isDefault ? name : defaultName;
            SelectionSpec spec = new SelectorDefinitionParser(byName).parseRoot(map.get("definition"));
            Object description = map.get("description");
            byName.put(name, new SelectorDefinition(name, description == null ? "" : description.toString(), isDefault, spec));
        }
        return new Selectors(byName);
    }

    public List<SelectorDefinition> definitions() {
        return List.copyOf(byName.values());
    }

    public Optional<SelectorDefinition> defaultSelector() {
        return byName.values().stream().filter(SelectorDefinition::defaultSelector).findFirst();
    }

    public Optional<SelectorDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The spec of {@code --selector name}; SELECTOR_INVALID with a did-you-mean when there is no such selector. */
    public SelectionSpec spec(String name) {
        SelectorDefinition definition = byName.get(name);
        if (definition == null) {
            throw new GluedbtException(ErrorCode.SELECTOR_INVALID, "Could not find selector named " + name
                    + ", expected one of " + new ArrayList<>(byName.keySet()) + Suggestions.didYouMean(name, byName.keySet()));
        }
        return definition.spec();
    }

    static GluedbtException invalid(String message) {
        return new GluedbtException(ErrorCode.SELECTOR_INVALID, SourcePosition.fileOnly(FILE), message);
    }
}
