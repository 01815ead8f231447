package io.gluedbt.compiler.jinja.builtins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Python {@code list} methods on Java lists. Returns {@link PythonObject#NO_SUCH_METHOD} for other names. */
final class ListMethods {
    private ListMethods() {}

    @SuppressWarnings("unchecked")
    static Object call(List<?> base, String method, PythonArguments args) {
        List<Object> list = (List<Object>) base;
        return switch (method) {
            case "append" -> {
                list.add(args.required(0, "object", method));
                yield null;
            }
            case "extend" -> {
                list.addAll(PythonValues.iterate(args.required(0, "iterable", method)));
                yield null;
            }
            case "insert" -> {
                int index = StringMethods.clampIndex(args.required(0, "index", method), list.size(), 0);
                list.add(index, args.required(1, "object", method));
                yield null;
            }
            case "pop" -> pop(list, args);
            case "remove" -> {
                int index = indexOf(list, args.required(0, "value", method), 0, list.size());
                if (index < 0) {
                    throw PythonValues.valueError("list.remove(x): x not in list");
                }
                list.remove(index);
                yield null;
            }
            case "index" -> {
                Object value = args.required(0, "value", method);
                int start = StringMethods.clampIndex(args.get(1, "start", null), list.size(), 0);
                int end = StringMethods.clampIndex(args.get(2, "end", null), list.size(), list.size());
                int index = indexOf(list, value, start, end);
                if (index < 0) {
                    throw PythonValues.valueError(PythonRepr.repr(value) + " is not in list");
                }
                yield (long) index;
            }
            case "count" -> {
                Object value = args.required(0, "value", method);
                yield list.stream().filter(item -> PythonValues.equal(item, value)).count();
            }
            case "reverse" -> {
                Collections.reverse(list);
                yield null;
            }
            case "sort" -> {
                list.sort(PythonValues::compare);
                if (PythonValues.isTruthy(args.keywords().get("reverse"))) {
                    Collections.reverse(list);
                }
                yield null;
            }
            case "copy" -> new ArrayList<>(list);
            case "clear" -> {
                list.clear();
                yield null;
            }
            default -> PythonObject.NO_SUCH_METHOD;
        };
    }

    private static Object pop(List<Object> list, PythonArguments args) {
        if (list.isEmpty()) {
            throw PythonValues.indexError("pop from empty list");
        }
        int index = args.integer(0, "index", -1);
        int resolved = index < 0 ? index + list.size() : index;
        if (resolved < 0 || resolved >= list.size()) {
            throw PythonValues.indexError("pop index out of range");
        }
        return list.remove(resolved);
    }

    private static int indexOf(List<Object> list, Object value, int start, int end) {
        for (int i = start; i < end; i++) {
            if (PythonValues.equal(list.get(i), value)) {
                return i;
            }
        }
        return -1;
    }
}
