package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/** A generic test's macro name, namespace (package, or null) and keyword arguments. */
public record TestMetadata(String name, String namespace, Map<String, Object> kwargs) {
    public TestMetadata {
        requireNonNull(name, "name is null");
        kwargs = OrderedMaps.copy(kwargs);
    }
}
