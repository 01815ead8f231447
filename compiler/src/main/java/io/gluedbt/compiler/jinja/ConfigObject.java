package io.gluedbt.compiler.jinja;

import io.gluedbt.compiler.error.GluedbtException;

/** The {@code config} variable's methods: {@code config.get(key, default)} and {@code config.require(key)}. */
public final class ConfigObject {
    ConfigObject() {}

    public Object get(Object key) {
        return get(key, null);
    }

    public Object get(Object key, Object defaultValue) {
        ArgumentList arguments = new ArgumentList(key, defaultValue);
        return RenderState.current().scope().configGet(arguments.string(0, "name"), arguments.get(1, "default", null));
    }

    public Object require(Object key) {
        try {
            return RenderState.current().scope().configRequire(new ArgumentList(key).string(0, "name"));
        } catch (GluedbtException exception) {
            throw RenderState.current().fail(exception);
        }
    }

    @Override
    public String toString() {
        return "config";
    }
}
