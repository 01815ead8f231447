package io.gluedbt.compiler.jinja.builtins;

import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Python's {@code set} with a deterministic (insertion) order: renders as {@code {1, 'a'}} or
 * {@code set()} when empty, and supports {@code in}.
 */
public final class PythonSet extends LinkedHashSet<Object> {
    public PythonSet() {
        super();
    }

    public PythonSet(Collection<?> items) {
        super(items);
    }

    @Override
    public String toString() {
        return PythonRepr.repr(this);
    }
}
