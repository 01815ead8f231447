package io.gluedbt.compiler.graph;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** Nodes selected by any component (space-separated on the command line, {@code union:} in YAML). */
public record SelectionUnion(List<SelectionSpec> components, Optional<IndirectSelection> indirectSelection)
        implements SelectionSpec {
    public SelectionUnion {
        components = List.copyOf(requireNonNull(components, "components is null"));
        requireNonNull(indirectSelection, "indirectSelection is null");
    }
}
