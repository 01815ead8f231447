package io.gluedbt.compiler.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One selector's {@code definition:}: a string, a method dictionary, or union/intersection lists with exclude. */
final class SelectorDefinitionParser {
    private static final Optional<IndirectSelection> GROUP_DEFAULT = Optional.of(IndirectSelection.eager());

    private final Map<String, SelectorDefinition> earlier;

    SelectorDefinitionParser(Map<String, SelectorDefinition> earlier) {
        this.earlier = earlier;
    }

    SelectionSpec parseRoot(Object definition) {
        if (definition instanceof Map<?, ?> map && (map.containsKey("union") || map.containsKey("intersection"))
                && map.size() > 1) {
            throw Selectors.invalid("Only a single 'union' or 'intersection' key is allowed in a root level selector "
                    + "definition; found " + String.join(",", keys(map)) + ".");
        }
        if (definition instanceof List<?>) {
            throw Selectors.invalid("Could not parse selector file data: " + definition + " Valid root-level selector "
                    + "definitions: union, intersection, string, dictionary. No lists.");
        }
        return parse(definition);
    }

    private SelectionSpec parse(Object definition) {
        if (definition instanceof String text) {
            return SelectionCriteria.parse(text);
        }
        if (definition instanceof Map<?, ?> map) {
            Map<String, Object> dictionary = stringKeys(map);
            if (dictionary.containsKey("union")) {
                return group(dictionary, "union");
            }
            if (dictionary.containsKey("intersection")) {
                return group(dictionary, "intersection");
            }
            return dictionary(dictionary);
        }
        throw Selectors.invalid("Expected to find union, intersection, str or dict, instead found " + definition);
    }

    private SelectionSpec group(Map<String, Object> definition, String key) {
        List<SelectionSpec> include = new ArrayList<>();
        SelectionSpec exclude = null;
        for (Object part : list(definition, key)) {
            if (part instanceof Map<?, ?> map && map.containsKey("exclude")) {
                if (exclude != null) {
                    throw Selectors.invalid("You cannot provide multiple exclude arguments to the same selector set operator: "
                            + part);
                }
                exclude = exclusions(stringKeys(map));
            } else {
                include.add(parse(part));
            }
        }
        SelectionSpec combined = key.equals("union")
                ? new SelectionUnion(include, GROUP_DEFAULT)
                : new SelectionIntersection(include, GROUP_DEFAULT, Optional.empty());
        return exclude == null ? combined : new SelectionDifference(combined, exclude, GROUP_DEFAULT);
    }

    private SelectionSpec exclusions(Map<String, Object> definition) {
        List<SelectionSpec> parts = new ArrayList<>();
        for (Object part : list(definition, "exclude")) {
            parts.add(parse(part));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new SelectionUnion(parts, GROUP_DEFAULT);
    }

    private SelectionSpec dictionary(Map<String, Object> definition) {
        Map<String, Object> criteria;
        SelectionSpec exclude = null;
        if (definition.size() == 1) {
            Map.Entry<String, Object> only = definition.entrySet().iterator().next();
            criteria = new LinkedHashMap<>();
            criteria.put("method", only.getKey());
            criteria.put("value", only.getValue());
        } else if ("selector".equals(definition.get("method"))) {
            SelectorDefinition referenced = earlier.get(String.valueOf(definition.get("value")));
            if (referenced == null) {
                throw Selectors.invalid("Existing selector definition for " + definition.get("value") + " not found.");
            }
            return referenced.spec();
        } else if (definition.containsKey("method") && definition.containsKey("value")) {
            criteria = new LinkedHashMap<>(definition);
            if (criteria.containsKey("exclude")) {
                exclude = exclusions(definition);
                criteria.remove("exclude");
            }
        } else {
            throw Selectors.invalid("Expected either 1 key or else \"method\" and \"value\" keys, but got "
                    + keys(definition));
        }
        SelectionCriteria base = SelectionCriteria.fromDefinition(definition.toString(), criteria);
        return exclude == null ? base : new SelectionDifference(base, exclude, GROUP_DEFAULT);
    }

    private static List<?> list(Map<String, Object> definition, String key) {
        Object values = definition.get(key);
        if (!(values instanceof List<?> list)) {
            throw Selectors.invalid("Invalid value for key \"" + key + "\". Expected a list.");
        }
        for (Object value : list) {
            if (!(value instanceof String) && !(value instanceof Map<?, ?>)) {
                throw Selectors.invalid("Invalid value type in key \"" + key + "\", expected dict or str (value: "
                        + value + ").");
            }
        }
        return list;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    private static List<String> keys(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).toList();
    }
}
