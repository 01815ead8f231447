package io.gluedbt.compiler.jinja.builtins;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Python's {@code json.dumps} (default separators, {@code ensure_ascii}) and {@code json.loads}. */
public final class JsonText {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonText() {}

    static Object parse(String text) throws java.io.IOException {
        return MAPPER.readValue(text, Object.class);
    }

    /** Python's {@code json.dumps(value)} with its default separators, ASCII-only strings. */
    public static String dumps(Object value) {
        return dump(value, false);
    }

    static String dump(Object value, boolean sortKeys) {
        StringBuilder out = new StringBuilder();
        write(out, PythonValues.normalize(value), sortKeys);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, boolean sortKeys) {
        value = PythonValues.normalize(value);
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "true" : "false");
        } else if (value instanceof Double number) {
            out.append(number.isNaN() ? "NaN" : number.isInfinite() ? (number > 0 ? "Infinity" : "-Infinity")
                    : PythonRepr.floatRepr(number));
        } else if (value instanceof Number number) {
            out.append(PythonRepr.repr(number));
        } else if (value instanceof CharSequence text) {
            writeString(out, text.toString());
        } else if (value instanceof Map<?, ?> map) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>();
            map.forEach((key, item) -> entries.add(Map.entry(key(key), item == null ? NULL : item)));
            if (sortKeys) {
                entries.sort(Map.Entry.comparingByKey());
            }
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                writeString(out, entries.get(i).getKey());
                out.append(": ");
                Object item = entries.get(i).getValue();
                write(out, item == NULL ? null : item, sortKeys);
            }
            out.append('}');
        } else if (value instanceof Collection<?> collection && !(value instanceof java.util.Set)) {
            out.append('[');
            int i = 0;
            for (Object item : collection) {
                out.append(i++ == 0 ? "" : ", ");
                write(out, item, sortKeys);
            }
            out.append(']');
        } else {
            throw PythonValues.typeError("Object of type " + PythonValues.typeName(value) + " is not JSON serializable");
        }
    }

    private static final Object NULL = new Object();

    private static String key(Object key) {
        key = PythonValues.normalize(key);
        if (key == null) {
            return "null";
        }
        if (key instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        if (key instanceof String || key instanceof Number) {
            return PythonRepr.str(key);
        }
        throw PythonValues.typeError("keys must be str, int, float, bool or None, not " + PythonValues.typeName(key));
    }

    private static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
