package io.gluedbt.compiler.graph;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a selection chose (nodes, sources and exposures alike: filter by resource type as the command
 * needs) and dbt's warnings, such as {@code The selection criterion 'x' does not match any enabled nodes}.
 * An empty selection is not an error: dbt says {@code Nothing to do}.
 */
public record SelectionResult(SortedSet<String> selected, List<String> warnings) {
    public SelectionResult {
        selected = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(selected, "selected is null")));
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    }

    public boolean isEmpty() {
        return selected.isEmpty();
    }
}
