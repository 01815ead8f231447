package io.gluedbt.compiler.graph;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Nodes selected by every component (comma-separated on the command line, {@code intersection:} in YAML).
 *
 * @param expectedToMatch the raw command-line word, when an empty result deserves dbt's
 *     "does not match any enabled nodes" warning
 */
public record SelectionIntersection(
        List<SelectionSpec> components,
        Optional<IndirectSelection> indirectSelection,
        Optional<String> expectedToMatch) implements SelectionSpec {
    public SelectionIntersection {
        components = List.copyOf(requireNonNull(components, "components is null"));
        requireNonNull(indirectSelection, "indirectSelection is null");
        requireNonNull(expectedToMatch, "expectedToMatch is null");
    }

    public SelectionIntersection(List<SelectionSpec> components) {
        this(components, Optional.empty(), Optional.empty());
    }
}
