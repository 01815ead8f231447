package io.gluedbt.local.data;

import static java.util.Objects.requireNonNull;

/**
 * A table the generator wrote.
 *
 * @param table the qualified name, {@code nyctaxi.records}
 * @param rows the rows written
 * @param partitions the (year, month, type) partitions registered in the metastore
 * @param location where the parquet files are
 * @param seconds how long generating and writing took
 */
public record GeneratedTable(String table, long rows, long partitions, String location, double seconds) {
    public GeneratedTable {
        requireNonNull(table, "table is null");
        requireNonNull(location, "location is null");
    }
}
