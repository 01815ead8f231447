package io.gluedbt.compiler.plan;

import java.util.Locale;
import java.util.Optional;

/** A table's storage format, as {@code file_format} names it and {@code USING} writes it. */
enum TableFormat {
    PARQUET, CSV, DELTA, ICEBERG, HUDI, ORC, JSON, AVRO, TEXT;

    String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Delta and Iceberg replace a table atomically with {@code CREATE OR REPLACE TABLE}. */
    boolean replacesAtomically() {
        return this == DELTA || this == ICEBERG;
    }

    /** Formats with row-level {@code MERGE INTO}. */
    boolean merges() {
        return this == DELTA || this == ICEBERG || this == HUDI;
    }

    static Optional<TableFormat> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (TableFormat format : values()) {
            if (format.sqlName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
