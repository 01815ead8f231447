package io.gluedbt.compiler.docs;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * catalog.json (dbt's catalog v1): the live relations of a project's models, seeds and snapshots ({@code nodes}) and
 * of its sources ({@code sources}), keyed by unique id, and the lookups that failed ({@code errors}; empty when
 * none, written as null as dbt does).
 */
public record CatalogArtifact(
        CatalogMetadata metadata,
        SortedMap<String, CatalogTable> nodes,
        SortedMap<String, CatalogTable> sources,
        List<String> errors) {
    public CatalogArtifact {
        requireNonNull(metadata, "metadata is null");
        nodes = Collections.unmodifiableSortedMap(new TreeMap<>(nodes));
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        errors = List.copyOf(errors);
    }
}
