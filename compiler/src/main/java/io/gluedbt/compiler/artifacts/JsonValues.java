package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.SourceCall;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Conversions from the model's YAML-like values to ordered JSON nodes, and shapes several serializers share. */
final class JsonValues {
    static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(true);

    private JsonValues() {}

    static ObjectNode object() {
        return FACTORY.objectNode();
    }

    static ArrayNode array() {
        return FACTORY.arrayNode();
    }

    /** Any map, list or scalar, keeping map iteration order. */
    static JsonNode toNode(Object value) {
        if (value == null) {
            return FACTORY.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = object();
            map.forEach((key, item) -> object.set(String.valueOf(key), toNode(item)));
            return object;
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = array();
            collection.forEach(item -> array.add(toNode(item)));
            return array;
        }
        if (value instanceof String text) {
            return FACTORY.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return FACTORY.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return FACTORY.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger integer) {
            return FACTORY.numberNode(integer);
        }
        if (value instanceof BigDecimal decimal) {
            return FACTORY.numberNode(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return FACTORY.numberNode(((Number) value).doubleValue());
        }
        return FACTORY.textNode(value.toString());
    }

    static JsonNode text(String value) {
        return value == null ? FACTORY.nullNode() : FACTORY.textNode(value);
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** A float as dbt writes {@code time.time()}: plain decimal notation, never an exponent. */
    static JsonNode timestamp(double seconds) {
        return FACTORY.numberNode(new BigDecimal(Double.toString(seconds)));
    }

    /** A model version: an integer or decimal when it reads as one (as YAML would give dbt), else a string. */
    static JsonNode version(String version) {
        if (version == null) {
            return FACTORY.nullNode();
        }
        if (version.matches("-?\\d{1,18}")) {
            return FACTORY.numberNode(Long.parseLong(version));
        }
        if (version.matches("-?\\d+\\.\\d+")) {
            return FACTORY.numberNode(new BigDecimal(version));
        }
        return FACTORY.textNode(version);
    }

    static ArrayNode refs(List<RefCall> refs) {
        ArrayNode array = array();
        for (RefCall ref : refs) {
            ObjectNode node = array.addObject();
            node.put("name", ref.name());
            node.set("package", text(ref.packageName()));
            node.set("version", version(ref.version()));
        }
        return array;
    }

    static ArrayNode sources(List<SourceCall> sources) {
        ArrayNode array = array();
        sources.forEach(source -> array.add(strings(source.asList())));
        return array;
    }

    static ObjectNode dependsOn(List<String> macros, List<String> nodes) {
        ObjectNode node = object();
        node.set("macros", strings(macros));
        node.set("nodes", strings(nodes));
        return node;
    }

    /** {@code <package>://<path>} unless the path already names its package. */
    static JsonNode patchPath(String packageName, String patchPath) {
        if (patchPath == null || patchPath.isEmpty()) {
            return FACTORY.nullNode();
        }
        return FACTORY.textNode(patchPath.contains("://") ? patchPath : packageName + "://" + patchPath);
    }
}
