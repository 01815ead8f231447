package io.gluedbt.compiler.graph;

import static java.util.Objects.requireNonNull;

/**
 * One entry of selectors.yml.
 *
 * @param defaultSelector {@code default: true}: used when neither {@code --select} nor {@code --exclude} is given
 */
public record SelectorDefinition(String name, String description, boolean defaultSelector, SelectionSpec spec) {
    public SelectorDefinition {
        requireNonNull(name, "name is null");
        description = description == null ? "" : description;
        requireNonNull(spec, "spec is null");
    }
}
