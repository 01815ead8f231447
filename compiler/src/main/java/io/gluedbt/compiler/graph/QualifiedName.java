package io.gluedbt.compiler.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * dbt's fqn matching: a selector matches a node whose name (fqn leaf) equals it, or whose fqn starts
 * with its dot-separated parts, with or without the package name in front; a part with a wildcard
 * matches the rest of the fqn by fnmatch. So {@code silver} selects everything in the models/silver
 * folder and the model named silver.
 */
final class QualifiedName {
    private final String selector;
    private final String[] parts;
    private final int wildcardFrom;

    private QualifiedName(String selector) {
        this.selector = selector;
        this.parts = selector.split("\\.", -1);
        int firstWildcard = -1;
        for (int index = 0; index < parts.length && firstWildcard < 0; index++) {
            if (Glob.hasWildcard(parts[index])) {
                firstWildcard = index;
            }
        }
        this.wildcardFrom = firstWildcard;
    }

    static QualifiedName of(String selector) {
        return new QualifiedName(selector);
    }

    static boolean matches(String selector, List<String> fqn, boolean versioned) {
        return of(selector).matches(fqn, flatten(fqn), versioned);
    }

    /** The fqn with dots inside segments (versioned or dotted model names) split out, as dbt flattens it. */
    static List<String> flatten(List<String> fqn) {
        boolean dotted = false;
        for (String segment : fqn) {
            dotted |= segment.indexOf('.') >= 0;
        }
        if (!dotted) {
            return fqn;
        }
        List<String> flat = new ArrayList<>();
        for (String segment : fqn) {
            flat.addAll(List.of(segment.split("\\.", -1)));
        }
        return flat;
    }

    /** {@code flatFqn} is {@link #flatten flatten(fqn)}, computed once per node by the caller. */
    boolean matches(List<String> fqn, List<String> flatFqn, boolean versioned) {
        if (fqn.isEmpty()) {
            return false;
        }
        return matchesScoped(fqn, flatFqn, versioned)
                || matchesScoped(fqn.subList(1, fqn.size()), flatten(fqn.subList(1, fqn.size())), versioned);
    }

    private boolean matchesScoped(List<String> fqn, List<String> flat, boolean versioned) {
        if (fqn.isEmpty()) {
            return false;
        }
        if (versioned && fqn.size() >= 2) {
            String lastTwo = fqn.get(fqn.size() - 2) + "_" + fqn.get(fqn.size() - 1);
            String selectorLastTwo = parts.length >= 2 ? parts[parts.length - 2] + "_" + parts[parts.length - 1] : parts[0];
            if (fqn.get(fqn.size() - 2).equals(selector) || lastTwo.equals(selectorLastTwo)) {
                return true;
            }
        } else if (!versioned && fqn.get(fqn.size() - 1).equals(selector)) {
            return true;
        }
        if (flat.size() < parts.length) {
            return false;
        }
        int exactParts = wildcardFrom < 0 ? parts.length : wildcardFrom;
        for (int index = 0; index < exactParts; index++) {
            if (!flat.get(index).equals(parts[index])) {
                return false;
            }
        }
        if (wildcardFrom < 0) {
            return true;
        }
        String rest = String.join(".", flat.subList(wildcardFrom, flat.size()));
        String restPattern = String.join(".", List.of(parts).subList(wildcardFrom, parts.length));
        return Glob.fnmatch(rest, restPattern);
    }
}
