package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bare-name function implemented in Java ({@code ref()}, {@code config()}, ...). Jinjava resolves bare
 * calls to macros, so Java functions are macros without a body: positional arguments arrive in
 * {@code args}, keyword arguments in {@code kwargs}.
 */
abstract class JavaFunction extends MacroFunction {
    JavaFunction(String name) {
        super(List.of(), name, new LinkedHashMap<>(), false, new Context(), 0, 0);
    }

    @Override
    public final Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        return call(varArgs, kwargMap);
    }

    abstract Object call(List<Object> args, Map<String, Object> kwargs);

    static String stringArgument(List<Object> args, Map<String, Object> kwargs, int index, String name) {
        Object value = index < args.size() ? args.get(index) : kwargs.get(name);
        return value == null ? null : value.toString();
    }
}
