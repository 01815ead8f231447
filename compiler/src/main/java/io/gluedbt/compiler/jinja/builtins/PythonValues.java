package io.gluedbt.compiler.jinja.builtins;

import com.hubspot.jinjava.interpret.NullValue;
import com.hubspot.jinjava.objects.SafeString;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Python value semantics on Java values: truthiness, numeric equality, ordering, iteration. */
final class PythonValues {
    private PythonValues() {}

    /** Integral numbers become Long, floats Double, Jinjava's null marker null, SafeString and Character String. */
    static Object normalize(Object value) {
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float) {
            return ((Float) value).doubleValue();
        }
        if (value instanceof SafeString safe) {
            return safe.toString();
        }
        if (value instanceof Character character) {
            return character.toString();
        }
        return value;
    }

    static boolean isTruthy(Object value) {
        value = normalize(value);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        if (value instanceof CharSequence text) {
            return text.length() > 0;
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }

    static int toInt(Object value) {
        value = normalize(value);
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw typeError("invalid literal for int() with base 10: " + PythonRepr.repr(text));
            }
        }
        throw typeError("'" + typeName(value) + "' object cannot be interpreted as an integer");
    }

    static boolean equal(Object left, Object right) {
        left = normalize(left);
        right = normalize(right);
        if (left instanceof Number a && right instanceof Number b) {
            return compareNumbers(a, b) == 0;
        }
        return Objects.equals(left, right);
    }

    static int compare(Object left, Object right) {
        left = normalize(left);
        right = normalize(right);
        if (left instanceof Number a && right instanceof Number b) {
            return compareNumbers(a, b);
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return Boolean.compare(a, b);
        }
        if (left instanceof String a && right instanceof String b) {
            return a.compareTo(b);
        }
        if (left instanceof List<?> a && right instanceof List<?> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int result = compare(a.get(i), b.get(i));
                if (result != 0) {
                    return result;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
        if (left instanceof Comparable<?> && left.getClass().equals(right == null ? null : right.getClass())) {
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) left;
            return comparable.compareTo(right);
        }
        throw typeError("'<' not supported between instances of '" + typeName(left) + "' and '" + typeName(right) + "'");
    }

    private static int compareNumbers(Number a, Number b) {
        return toBigDecimal(a).compareTo(toBigDecimal(b));
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** The items Python would iterate: a collection's items, a map's keys, a string's characters. */
    static List<Object> iterate(Object value) {
        value = normalize(value);
        List<Object> items = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            items.addAll(map.keySet());
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(items::add);
        } else if (value instanceof Iterator<?> iterator) {
            iterator.forEachRemaining(items::add);
        } else if (value instanceof String text) {
            text.codePoints().forEach(c -> items.add(new String(Character.toChars(c))));
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
        } else {
            throw typeError("'" + typeName(value) + "' object is not iterable");
        }
        items.replaceAll(PythonValues::normalize);
        return items;
    }

    static String typeName(Object value) {
        value = normalize(value);
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return "int";
        }
        if (value instanceof Number) {
            return "float";
        }
        if (value instanceof PythonTuple) {
            return "tuple";
        }
        if (value instanceof List) {
            return "list";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof java.util.Set) {
            return "set";
        }
        return value.getClass().getSimpleName();
    }

    static GluedbtException typeError(String message) {
        return new GluedbtException(ErrorCode.JINJA_RENDER, "TypeError: " + message);
    }

    static GluedbtException valueError(String message) {
        return new GluedbtException(ErrorCode.JINJA_RENDER, "ValueError: " + message);
    }

    static GluedbtException indexError(String message) {
        return new GluedbtException(ErrorCode.JINJA_RENDER, "IndexError: " + message);
    }
}
