package io.gluedbt.compiler.catalog;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What documentation shows about an existing relation beyond its columns: the table comment and owner, column
 * comments by column name, and the statistics the catalog keeps (size in bytes, row count). Every part is
 * optional: an engine reports what its catalog already knows, without running queries.
 *
 * @param comment the table's comment, or null
 * @param owner the table's owner, or null
 * @param columnComments column name to comment, only for columns that have one
 * @param bytes the catalog's size statistic in bytes, or null
 * @param rows the catalog's row-count statistic, or null
 */
public record RelationDetails(String comment, String owner, Map<String, String> columnComments, Long bytes, Long rows) {
    private static final RelationDetails NONE = new RelationDetails(null, null, Map.of(), null, null);

    public RelationDetails {
        columnComments = columnComments == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(columnComments));
    }

    /** Nothing known. */
    public static RelationDetails none() {
        return NONE;
    }

    public Optional<String> columnComment(String column) {
        return Optional.ofNullable(columnComments.get(column));
    }

    public OptionalLong byteCount() {
        return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes);
    }

    public OptionalLong rowCount() {
        return rows == null ? OptionalLong.empty() : OptionalLong.of(rows);
    }
}
