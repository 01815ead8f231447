package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.el.ext.NamedParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python-style arguments of a call into a Java method: positional values plus {@code name=value} pairs. */
final class ArgumentList {
    private final List<Object> positional = new ArrayList<>();
    private final Map<String, Object> named = new LinkedHashMap<>();

    ArgumentList(Object... arguments) {
        for (Object argument : arguments) {
            if (argument instanceof NamedParameter parameter) {
                named.put(parameter.getName(), parameter.getValue());
            } else {
                positional.add(argument);
            }
        }
    }

    ArgumentList(List<Object> positional, Map<String, Object> named) {
        this.positional.addAll(positional);
        this.named.putAll(named);
    }

    /** The argument at a position, else the named one, else the default. */
    Object get(int index, String name, Object defaultValue) {
        if (index >= 0 && index < positional.size()) {
            return positional.get(index);
        }
        return named.getOrDefault(name, defaultValue);
    }

    String string(int index, String name) {
        Object value = get(index, name, null);
        return value == null ? null : value.toString();
    }

    List<Object> positional() {
        return positional;
    }

    Map<String, Object> named() {
        return named;
    }

    /** Back to Jinjava's calling convention, for forwarding to a macro. */
    Object[] toCallArguments() {
        List<Object> all = new ArrayList<>(positional);
        named.forEach((name, value) -> all.add(new NamedParameter(name, value)));
        return all.toArray();
    }
}
