package io.gluedbt.compiler.jinja.builtins;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, {@code {{ }}}, {@code !r}/{@code !s},
 * item access {@code {0[key]}}, and the common format spec {@code [[fill]align][sign][0][width][,][.precision][type]}.
 */
final class StringFormatter {
    private static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>=^]))?([+\\- ])?(#)?(0)?(\\d+)?(,)?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?");

    private StringFormatter() {}

    static String format(String template, PythonArguments args) {
        StringBuilder out = new StringBuilder();
        int automatic = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw PythonValues.valueError("Single '{' encountered in format string");
                }
                String field = template.substring(i + 1, close);
                String spec = "";
                String conversion = "";
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conversion = field.substring(bang + 1);
                    field = field.substring(0, bang);
                }
                String name = field;
                String key = null;
                int bracket = field.indexOf('[');
                if (bracket >= 0 && field.endsWith("]")) {
                    name = field.substring(0, bracket);
                    key = field.substring(bracket + 1, field.length() - 1);
                }
                Object value;
                if (name.isEmpty()) {
                    value = positional(args, automatic++);
                } else if (name.chars().allMatch(Character::isDigit)) {
                    value = positional(args, Integer.parseInt(name));
                } else if (args.keywords().containsKey(name)) {
                    value = args.keywords().get(name);
                } else {
                    throw new io.gluedbt.compiler.error.GluedbtException(io.gluedbt.compiler.error.ErrorCode.JINJA_RENDER,
                            "KeyError: " + PythonRepr.repr(name));
                }
                if (key != null) {
                    value = item(value, key);
                }
                if (conversion.equals("r")) {
                    value = PythonRepr.repr(value);
                } else if (conversion.equals("s")) {
                    value = PythonRepr.str(value);
                }
                out.append(formatValue(value, spec));
                i = close + 1;
            } else if (c == '}') {
                throw PythonValues.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Object positional(PythonArguments args, int index) {
        if (index >= args.size()) {
            throw PythonValues.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.positional().get(index);
    }

    private static Object item(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (value instanceof List<?> list && key.chars().allMatch(Character::isDigit)) {
            return PythonValues.normalize(list.get(Integer.parseInt(key)));
        }
        throw PythonValues.typeError("'" + PythonValues.typeName(value) + "' object is not subscriptable");
    }

    /** Python's {@code format(value, spec)} for the common specs. */
    static String formatValue(Object value, String spec) {
        value = PythonValues.normalize(value);
        if (spec.isEmpty()) {
            return PythonRepr.str(value);
        }
        Matcher matcher = SPEC.matcher(spec);
        if (!matcher.matches()) {
            throw PythonValues.valueError("Invalid format specifier '" + spec + "'");
        }
        String fill = matcher.group(1) != null ? matcher.group(1) : matcher.group(5) != null ? "0" : " ";
        String align = matcher.group(2) != null ? matcher.group(2) : matcher.group(5) != null ? "=" : null;
        String sign = matcher.group(3);
        int width = matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6));
        boolean grouping = matcher.group(7) != null;
        Integer precision = matcher.group(8) == null ? null : Integer.parseInt(matcher.group(8));
        String type = matcher.group(9);
        boolean numeric = value instanceof Number && !(value instanceof Boolean);
        String body;
        if (numeric) {
            body = number((Number) value, type, precision, grouping);
            if (sign != null && !body.startsWith("-")) {
                body = (sign.equals("-") ? "" : sign) + body;
            }
        } else {
            body = PythonRepr.str(value);
            if (precision != null && body.length() > precision) {
                body = body.substring(0, precision);
            }
        }
        if (align == null) {
            align = numeric ? ">" : "<";
        }
        int missing = width - body.length();
        if (missing <= 0) {
            return body;
        }
        return switch (align) {
            case ">" -> fill.repeat(missing) + body;
            case "^" -> fill.repeat(missing / 2) + body + fill.repeat(missing - missing / 2);
            case "=" -> {
                boolean signed = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ");
                yield signed ? body.charAt(0) + fill.repeat(missing) + body.substring(1) : fill.repeat(missing) + body;
            }
            default -> body + fill.repeat(missing);
        };
    }

    private static String number(Number number, String type, Integer precision, boolean grouping) {
        boolean integral = number instanceof Long || number instanceof java.math.BigInteger;
        if (type == null) {
            if (integral) {
                return grouping ? String.format(Locale.ROOT, "%,d", number.longValue()) : number.toString();
            }
            if (precision == null) {
                return PythonRepr.str(number);
            }
            type = "g";
        }
        return switch (type) {
            case "d", "n" -> grouping ? String.format(Locale.ROOT, "%,d", number.longValue()) : String.valueOf(number.longValue());
            case "f", "F" -> fixed(number, precision == null ? 6 : precision, grouping);
            case "%" -> fixed(exact(number).multiply(BigDecimal.valueOf(100)),
                    precision == null ? 6 : precision, grouping) + "%";
            case "e", "E" -> String.format(Locale.ROOT, "%." + (precision == null ? 6 : precision) + type, number.doubleValue());
            case "g", "G" -> PythonRepr.str(new BigDecimal(number.toString())
                    .round(new java.math.MathContext(precision == null || precision == 0 ? 6 : precision)).doubleValue());
            case "x" -> Long.toHexString(number.longValue());
            case "X" -> Long.toHexString(number.longValue()).toUpperCase(Locale.ROOT);
            case "o" -> Long.toOctalString(number.longValue());
            case "b" -> Long.toBinaryString(number.longValue());
            case "s" -> throw PythonValues.valueError("Unknown format code 's' for object of type '"
                    + PythonValues.typeName(number) + "'");
            default -> String.valueOf(number);
        };
    }

    private static String fixed(Number number, int precision, boolean grouping) {
        BigDecimal decimal = exact(number).setScale(precision, RoundingMode.HALF_EVEN);
        return grouping ? String.format(Locale.ROOT, "%,." + precision + "f", decimal) : decimal.toPlainString();
    }

    /** The exact value: a double's binary value (as Python rounds it), other numbers by their text. */
    private static BigDecimal exact(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(number.doubleValue());
        }
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }
}
