package io.gluedbt.compiler.compile;

import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.TestMetadata;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The template a generic test compiles from: dbt calls the test macro with
 * {@code **_dbt_generic_test_kwargs}; Jinjava has no {@code **} splat, so the keyword arguments are
 * written out, {@code ref()}/{@code source()} arguments as expressions and everything else as literals.
 */
final class GenericTestTemplate {
    private static final Pattern EXPRESSION = Pattern.compile("\\s*\\{\\{(.*)}}\\s*", Pattern.DOTALL);
    private static final Pattern RELATION_CALL = Pattern.compile("\\s*(ref|source)\\(.*\\)\\s*", Pattern.DOTALL);

    private GenericTestTemplate() {}

    static String of(Node test) {
        TestMetadata metadata = test.testMetadata();
        StringBuilder call = new StringBuilder("{{ ");
        if (metadata.namespace() != null) {
            call.append(metadata.namespace()).append('.');
        }
        call.append("test_").append(metadata.name()).append('(');
        boolean first = true;
        for (Map.Entry<String, Object> argument : metadata.kwargs().entrySet()) {
            if (!first) {
                call.append(", ");
            }
            first = false;
            call.append(argument.getKey()).append('=').append(expression(argument.getValue()));
        }
        return call.append(") }}").toString();
    }

    private static String expression(Object value) {
        if (value instanceof String text) {
            var jinja = EXPRESSION.matcher(text);
            if (jinja.matches()) {
                return jinja.group(1).trim();
            }
            if (RELATION_CALL.matcher(text).matches()) {
                return text.trim();
            }
            return literal(text);
        }
        return literal(value);
    }

    static String literal(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder builder = new StringBuilder("[");
            for (int index = 0; index < list.size(); index++) {
                builder.append(index == 0 ? "" : ", ").append(literal(list.get(index)));
            }
            return builder.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder builder = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                builder.append(first ? "" : ", ").append(literal(String.valueOf(entry.getKey()))).append(": ").append(literal(entry.getValue()));
                first = false;
            }
            return builder.append('}').toString();
        }
        return "'" + value.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
