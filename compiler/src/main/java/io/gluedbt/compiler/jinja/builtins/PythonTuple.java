package io.gluedbt.compiler.jinja.builtins;

import com.hubspot.jinjava.objects.collections.PyList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;

/**
 * An immutable Python tuple: a {@link PyList} (so Jinjava's {@code for a, b in pairs} unpacks it) that
 * renders as {@code (1, 'a')}.
 */
public final class PythonTuple extends PyList {
    public PythonTuple(Collection<?> items) {
        super(Collections.unmodifiableList(new ArrayList<>(items)));
    }

    public static PythonTuple of(Object... items) {
        return new PythonTuple(Arrays.asList(items));
    }

    @Override
    public String toString() {
        return PythonRepr.repr(this);
    }
}
