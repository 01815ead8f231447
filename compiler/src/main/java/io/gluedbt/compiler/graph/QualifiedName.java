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
    private QualifiedName() {}

    static boolean matches(String selector, List<String> fqn, boolean versioned) {
        if (fqn.isEmpty()) {
            return false;
        }
        return matchesScoped(selector, fqn, versioned) || matchesScoped(selector, fqn.subList(1, fqn.size()), versioned);
    }

    private static boolean matchesScoped(String selector, List<String> fqn, boolean versioned) {
        String[] selectorParts = selector.split("\\.", -1);
        if (versioned) {
            if (fqn.size() >= 2) {
                if (fqn.get(fqn.size() - 2).equals(selector)) {
                    return true;
                }
                String lastTwo = fqn.get(fqn.size() - 2) + "_" + fqn.get(fqn.size() - 1);
                String selectorLastTwo = selectorParts.length >= 2
                        ? selectorParts[selectorParts.length - 2] + "_" + selectorParts[selectorParts.length - 1]
                        : selectorParts[0];
                if (lastTwo.equals(selectorLastTwo)) {
                    return true;
                }
            }
        } else if (!fqn.isEmpty() && fqn.get(fqn.size() - 1).equals(selector)) {
            return true;
        }
        List<String> flat = new ArrayList<>();
        for (String segment : fqn) {
            for (String item : segment.split("\\.", -1)) {
                flat.add(item);
            }
        }
        if (flat.size() < selectorParts.length) {
            return false;
        }
        for (int index = 0; index < selectorParts.length; index++) {
            String part = selectorParts[index];
            if (Glob.hasWildcard(part)) {
                String rest = String.join(".", flat.subList(index, flat.size()));
                String restPattern = String.join(".", List.of(selectorParts).subList(index, selectorParts.length));
                return Glob.fnmatch(rest, restPattern);
            }
            if (!flat.get(index).equals(part)) {
                return false;
            }
        }
        return true;
    }
}
