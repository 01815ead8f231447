package io.gluedbt.compiler.jinja.builtins;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Python's {@code str()} and {@code repr()} of Java values, as Jinja2 prints them. */
public final class PythonRepr {
    private PythonRepr() {}

    /** {@code str(value)}: strings as they are, everything else as {@link #repr}. */
    public static String str(Object value) {
        value = PythonValues.normalize(value);
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof PythonObject) {
            return value.toString();
        }
        return repr(value);
    }

    /** {@code repr(value)}: {@code None}, {@code True}, {@code 'text'}, {@code [1, 'a']}, {@code {'k': 1}}, {@code (1,)}. */
    public static String repr(Object value) {
        value = PythonValues.normalize(value);
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof CharSequence text) {
            return quote(text.toString());
        }
        if (value instanceof Double number) {
            return floatRepr(number);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof PythonTuple tuple) {
            return tuple.size() == 1 ? "(" + repr(tuple.get(0)) + ",)" : join("(", tuple, ")");
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? "set()" : join("{", set, "}");
        }
        if (value instanceof Collection<?> collection) {
            return join("[", collection, "]");
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner joiner = new StringJoiner(", ", "{", "}");
            map.forEach((key, item) -> joiner.add(repr(key) + ": " + repr(item)));
            return joiner.toString();
        }
        if (value instanceof Map.Entry<?, ?> entry) {
            return "(" + repr(entry.getKey()) + ", " + repr(entry.getValue()) + ")";
        }
        if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return join("[", items, "]");
        }
        return value.toString();
    }

    private static String join(String open, Collection<?> items, String close) {
        StringJoiner joiner = new StringJoiner(", ", open, close);
        for (Object item : items) {
            joiner.add(repr(item));
        }
        return joiner.toString();
    }

    /** Python's quoting: single quotes unless the text holds a single quote and no double quote. */
    static String quote(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }

    /** Python's float repr: {@code 1.0}, {@code 0.0001}, {@code 1e-05}, {@code 1e+16}, {@code inf}, {@code nan}. */
    static String floatRepr(double number) {
        if (Double.isNaN(number)) {
            return "nan";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "inf" : "-inf";
        }
        if (number == 0) {
            return 1 / number < 0 ? "-0.0" : "0.0";
        }
        String sign = number < 0 ? "-" : "";
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(number))).stripTrailingZeros();
        int exponent = decimal.precision() - decimal.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = decimal.unscaledValue().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exponentText = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentText;
        }
        String plain = decimal.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }
}
