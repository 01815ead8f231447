package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** One {@code ref()} call: {@code ref('name')}, {@code ref('package', 'name')}, optional {@code v=}. */
public record RefCall(String packageName, String name, String version) {
    public RefCall {
        requireNonNull(name, "name is null");
    }

    public static RefCall of(String name) {
        return new RefCall(null, name, null);
    }

    /** The shape manifest.json's {@code refs} uses: {name, package, version}. */
    public List<String> asList() {
        List<String> parts = new ArrayList<>();
        if (packageName != null) {
            parts.add(packageName);
        }
        parts.add(name);
        return parts;
    }

    public String display() {
        StringBuilder builder = new StringBuilder("ref(");
        if (packageName != null) {
            builder.append('\'').append(packageName).append("', ");
        }
        builder.append('\'').append(name).append('\'');
        if (version != null) {
            builder.append(", v=").append(version);
        }
        return builder.append(')').toString();
    }
}
