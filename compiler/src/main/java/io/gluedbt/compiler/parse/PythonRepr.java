package io.gluedbt.compiler.parse;

import java.util.List;
import java.util.Map;

/**
 * Python's {@code repr()} of str / list / dict values, byte for byte: dbt hashes the repr of a test's
 * metadata into the test's unique id, so ours must print the same text.
 */
final class PythonRepr {
    private PythonRepr() {}

    static String repr(Object value) {
        StringBuilder builder = new StringBuilder();
        append(builder, value);
        return builder.toString();
    }

    private static void append(StringBuilder builder, Object value) {
        if (value instanceof Map<?, ?> map) {
            builder.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    builder.append(", ");
                }
                first = false;
                append(builder, String.valueOf(entry.getKey()));
                builder.append(": ");
                append(builder, entry.getValue());
            }
            builder.append('}');
        } else if (value instanceof List<?> list) {
            builder.append('[');
            for (int index = 0; index < list.size(); index++) {
                if (index > 0) {
                    builder.append(", ");
                }
                append(builder, list.get(index));
            }
            builder.append(']');
        } else {
            appendString(builder, (String) value);
        }
    }

    private static void appendString(StringBuilder builder, String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        builder.append(quote);
        for (int index = 0; index < text.length(); index++) {
            char current = text.charAt(index);
            switch (current) {
                case '\\' -> builder.append("\\\\");
                case '\n' -> builder.append("\\n");
                case '\r' -> builder.append("\\r");
                case '\t' -> builder.append("\\t");
                default -> {
                    if (current == quote) {
                        builder.append('\\');
                    }
                    builder.append(current);
                }
            }
        }
        builder.append(quote);
    }
}
