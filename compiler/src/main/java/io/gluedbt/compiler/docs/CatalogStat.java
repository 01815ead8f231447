package io.gluedbt.compiler.docs;

import static java.util.Objects.requireNonNull;

/**
 * One statistic of a catalog.json table, as dbt's adapters write them ({@code has_stats}, {@code bytes},
 * {@code rows}, ...). {@code include} tells the docs site whether to show it.
 *
 * @param value a Boolean, a Number, a String or null
 */
public record CatalogStat(String id, String label, Object value, boolean include, String description) {
    public CatalogStat {
        requireNonNull(id, "id is null");
        requireNonNull(label, "label is null");
        if (value != null && !(value instanceof Boolean || value instanceof Number || value instanceof String)) {
            throw new IllegalArgumentException("stat " + id + " has a value of type " + value.getClass().getName());
        }
    }
}
