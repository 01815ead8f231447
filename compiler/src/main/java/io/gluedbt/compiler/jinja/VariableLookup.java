package io.gluedbt.compiler.jinja;

import java.util.Optional;

/** {@code var()} resolution with dbt's precedence (CLI vars, then project vars scoped to the package, ...). */
@FunctionalInterface
public interface VariableLookup {
    /** The value, or empty when undefined. A defined {@code null} value is {@code Optional.of(NULL)}. */
    Optional<Object> lookup(String name, String packageName);

    /** Marker for a variable defined as null. */
    Object NULL = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };
}
