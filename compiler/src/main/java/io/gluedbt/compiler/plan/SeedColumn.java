package io.gluedbt.compiler.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One seed column.
 *
 * @param name the column name as in the CSV header
 * @param sqlName the name as statements write it (back-quoted unless {@code quote_columns: false})
 * @param sparkType the column's type: {@code column_types} override, else inferred
 * @param inferred the inferred type whose literals the values use; empty for a {@code column_types} override,
 *     whose values are written as {@code CAST('<text>' AS <type>)}
 */
record SeedColumn(String name, String sqlName, String sparkType, Optional<SeedType> inferred) {
    SeedColumn {
        requireNonNull(name, "name is null");
        requireNonNull(sqlName, "sqlName is null");
        requireNonNull(sparkType, "sparkType is null");
        requireNonNull(inferred, "inferred is null");
    }

    String literal(String value) {
        if (inferred.isPresent()) {
            return inferred.get().literal(value);
        }
        return SeedType.isNull(value) ? "NULL" : "CAST(" + RelationNames.literal(value) + " AS " + sparkType + ")";
    }
}
