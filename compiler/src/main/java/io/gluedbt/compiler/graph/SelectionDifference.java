package io.gluedbt.compiler.graph;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Nodes selected by {@code include} and not by {@code exclude} ({@code --exclude}, YAML {@code exclude:}). */
public record SelectionDifference(SelectionSpec include, SelectionSpec exclude, Optional<IndirectSelection> indirectSelection)
        implements SelectionSpec {
    public SelectionDifference {
        requireNonNull(include, "include is null");
        requireNonNull(exclude, "exclude is null");
        requireNonNull(indirectSelection, "indirectSelection is null");
    }
}
