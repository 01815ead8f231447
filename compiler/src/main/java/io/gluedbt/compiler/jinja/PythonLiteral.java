package io.gluedbt.compiler.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the literal keyword arguments of a static {@code config(...)} call: strings, integers, floats,
 * True/False/None (any case), lists, tuples and dicts. Anything else (a variable, a call, an operator)
 * is not a literal and makes the template non-static.
 */
final class PythonLiteral {
    private static final Object NONE = new Object();

    private final String text;
    private int position;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** {@code a=1, b='x'} as an ordered map, or empty when any value is not a literal. */
    static Optional<Map<String, Object>> keywordArguments(String arguments) {
        PythonLiteral parser = new PythonLiteral(arguments);
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            parser.skipSpaces();
            while (!parser.atEnd()) {
                String name = parser.identifier();
                parser.skipSpaces();
                parser.expect('=');
                Object value = parser.value();
                values.put(name, value == NONE ? null : value);
                parser.skipSpaces();
                if (parser.atEnd()) {
                    break;
                }
                parser.expect(',');
                parser.skipSpaces();
            }
            return Optional.of(values);
        } catch (IllegalArgumentException notLiteral) {
            return Optional.empty();
        }
    }

    private Object value() {
        skipSpaces();
        if (atEnd()) {
            throw new IllegalArgumentException("value expected");
        }
        char current = text.charAt(position);
        if (current == '\'' || current == '"') {
            return string(current);
        }
        if (current == '[' || current == '(') {
            return list(current == '[' ? ']' : ')');
        }
        if (current == '{') {
            return dict();
        }
        if (current == '-' || Character.isDigit(current)) {
            return number();
        }
        String word = identifier();
        return switch (word) {
            case "True", "true" -> Boolean.TRUE;
            case "False", "false" -> Boolean.FALSE;
            case "None", "none" -> NONE;
            default -> throw new IllegalArgumentException("not a literal: " + word);
        };
    }

    private String string(char quote) {
        StringBuilder builder = new StringBuilder();
        position++;
        while (position < text.length()) {
            char current = text.charAt(position++);
            if (current == quote) {
                return builder.toString();
            }
            if (current == '\\') {
                throw new IllegalArgumentException("escapes are left to Jinja");
            }
            builder.append(current);
        }
        throw new IllegalArgumentException("unterminated string");
    }

    private List<Object> list(char close) {
        position++;
        List<Object> items = new ArrayList<>();
        skipSpaces();
        while (!atEnd() && text.charAt(position) != close) {
            Object item = value();
            items.add(item == NONE ? null : item);
            skipSpaces();
            if (!atEnd() && text.charAt(position) == ',') {
                position++;
                skipSpaces();
            }
        }
        expect(close);
        return items;
    }

    private Map<String, Object> dict() {
        position++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpaces();
        while (!atEnd() && text.charAt(position) != '}') {
            Object key = value();
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("dict keys must be strings");
            }
            skipSpaces();
            expect(':');
            Object item = value();
            map.put(name, item == NONE ? null : item);
            skipSpaces();
            if (!atEnd() && text.charAt(position) == ',') {
                position++;
                skipSpaces();
            }
        }
        expect('}');
        return map;
    }

    private Object number() {
        int start = position;
        if (text.charAt(position) == '-') {
            position++;
        }
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        String number = text.substring(start, position);
        if (number.equals("-") || number.isEmpty()) {
            throw new IllegalArgumentException("number expected");
        }
        return number.contains(".") ? (Object) Double.valueOf(number) : (Object) Long.valueOf(number);
    }

    private String identifier() {
        int start = position;
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        if (start == position) {
            throw new IllegalArgumentException("identifier expected");
        }
        return text.substring(start, position);
    }

    private void expect(char expected) {
        skipSpaces();
        if (atEnd() || text.charAt(position) != expected) {
            throw new IllegalArgumentException("'" + expected + "' expected");
        }
        position++;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }
}
