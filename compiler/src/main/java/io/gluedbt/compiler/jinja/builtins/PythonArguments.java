package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.el.ext.NamedParameter;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one Python-style call from a template: positional values in order and keyword
 * values ({@code name=value}) by name. Jinjava passes keywords as {@link NamedParameter} values mixed
 * into the parameter array; {@link #of(Object[])} separates them.
 */
public record PythonArguments(List<Object> positional, Map<String, Object> keywords) {
    public PythonArguments {
        requireNonNull(positional, "positional is null");
        requireNonNull(keywords, "keywords is null");
        positional = Collections.unmodifiableList(new ArrayList<>(positional));
        keywords = Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }

    public static PythonArguments of(Object[] parameters) {
        List<Object> positional = new ArrayList<>();
        Map<String, Object> keywords = new LinkedHashMap<>();
        if (parameters != null) {
            for (Object parameter : parameters) {
                if (parameter instanceof NamedParameter named) {
                    keywords.put(named.getName(), PythonValues.normalize(named.getValue()));
                } else {
                    positional.add(PythonValues.normalize(parameter));
                }
            }
        }
        return new PythonArguments(positional, keywords);
    }

    public int size() {
        return positional.size();
    }

    /** The argument at {@code index} or named {@code name}, else {@code defaultValue}. */
    public Object get(int index, String name, Object defaultValue) {
        if (index < positional.size()) {
            return positional.get(index);
        }
        return keywords.containsKey(name) ? keywords.get(name) : defaultValue;
    }

    /** Like {@link #get} but the argument must be given. */
    public Object required(int index, String name, String function) {
        if (index < positional.size()) {
            return positional.get(index);
        }
        if (keywords.containsKey(name)) {
            return keywords.get(name);
        }
        throw new GluedbtException(ErrorCode.JINJA_RENDER,
                "TypeError: " + function + "() missing required argument '" + name + "'");
    }

    public String string(int index, String name, String defaultValue) {
        Object value = get(index, name, defaultValue);
        return value == null ? null : PythonRepr.str(value);
    }

    public int integer(int index, String name, int defaultValue) {
        Object value = get(index, name, null);
        return value == null ? defaultValue : PythonValues.toInt(value);
    }

    public boolean truthy(int index, String name) {
        return PythonValues.isTruthy(get(index, name, Boolean.FALSE));
    }
}
