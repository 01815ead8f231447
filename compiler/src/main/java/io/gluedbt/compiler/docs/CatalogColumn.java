package io.gluedbt.compiler.docs;

import static java.util.Objects.requireNonNull;

/**
 * One column of a catalog.json table: {@code {type, index, name, comment}}.
 *
 * @param index 1-based position, as dbt writes it
 * @param comment the column's comment in the warehouse, or null
 */
public record CatalogColumn(String name, String type, int index, String comment) {
    public CatalogColumn {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        if (index < 1) {
            throw new IllegalArgumentException("index must be 1 or more: " + index);
        }
    }
}
