package io.gluedbt.compiler.jinja.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python {@code dict} methods on Java maps. Returns {@link PythonObject#NO_SUCH_METHOD} for other names. */
final class MapMethods {
    private static final Object MISSING = new Object();

    private MapMethods() {}

    @SuppressWarnings("unchecked")
    static Object call(Map<?, ?> base, String method, PythonArguments args) {
        Map<Object, Object> map = (Map<Object, Object>) base;
        return switch (method) {
            case "items" -> {
                List<Object> items = new ArrayList<>();
                map.forEach((key, value) -> items.add(PythonTuple.of(key, value)));
                yield items;
            }
            case "keys" -> new ArrayList<>(map.keySet());
            case "values" -> new ArrayList<>(map.values());
            case "get" -> {
                Object key = args.required(0, "key", method);
                yield map.containsKey(key) ? map.get(key) : args.get(1, "default", null);
            }
            case "update" -> {
                for (Object other : args.positional()) {
                    update(map, other);
                }
                map.putAll(args.keywords());
                yield null;
            }
            case "pop" -> {
                Object key = args.required(0, "key", method);
                Object fallback = args.get(1, "default", MISSING);
                if (map.containsKey(key)) {
                    yield map.remove(key);
                }
                if (fallback == MISSING) {
                    throw new io.gluedbt.compiler.error.GluedbtException(io.gluedbt.compiler.error.ErrorCode.JINJA_RENDER,
                            "KeyError: " + PythonRepr.repr(key));
                }
                yield fallback;
            }
            case "setdefault" -> {
                Object key = args.required(0, "key", method);
                if (!map.containsKey(key)) {
                    map.put(key, args.get(1, "default", null));
                }
                yield map.get(key);
            }
            case "copy" -> new LinkedHashMap<>(map);
            case "clear" -> {
                map.clear();
                yield null;
            }
            default -> PythonObject.NO_SUCH_METHOD;
        };
    }

    private static void update(Map<Object, Object> map, Object other) {
        if (other instanceof Map<?, ?> source) {
            map.putAll(source);
            return;
        }
        for (Object pair : PythonValues.iterate(other)) {
            List<Object> entry = PythonValues.iterate(pair);
            if (entry.size() != 2) {
                throw PythonValues.valueError("dictionary update sequence element has length " + entry.size() + "; 2 is required");
            }
            map.put(entry.get(0), entry.get(1));
        }
    }
}
