package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.Column;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an incremental write works with.
 *
 * @param sourceView the temporary view holding the model's new rows
 * @param destinationColumns the target's columns after schema changes, in table order; empty when unknown
 */
record IncrementalInput(PlanRequest request, TargetTable target, String sourceView, List<Column> destinationColumns) {
    IncrementalInput {
        requireNonNull(request, "request is null");
        requireNonNull(target, "target is null");
        requireNonNull(sourceView, "sourceView is null");
        destinationColumns = List.copyOf(destinationColumns);
    }

    /** {@code `a`, `b`} of the destination columns, or {@code *} when they are unknown. */
    String selectList() {
        return destinationColumns.isEmpty() ? "*" : destinationColumns.stream().map(column -> RelationNames.quoted(column.getName()))
                .collect(Collectors.joining(", "));
    }
}
