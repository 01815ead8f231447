package io.gluedbt.compiler.jinja.builtins;

/**
 * A Java object that behaves like a Python object in templates: {@code obj.name} reads
 * {@link #attribute(String)} and {@code obj.name(args, key=value)} calls {@link #call(String, PythonArguments)}.
 * The resolver installed by {@link DbtJinjavaConfig} routes both to these methods before any Java
 * reflection, so implementations decide exactly what a template can reach.
 */
public interface PythonObject {
    /** Marker returned by {@link #call} for a method this object does not have. */
    Object NO_SUCH_METHOD = new Object() {
        @Override
        public String toString() {
            return "NO_SUCH_METHOD";
        }
    };

    /** The attribute's value, or {@code null} (Jinja's undefined) when there is none; by default, none. */
    default Object attribute(String name) {
        return null;
    }

    /** Calls method {@code name}; returns {@link #NO_SUCH_METHOD} when there is none. */
    Object call(String name, PythonArguments arguments);
}
