package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.ColumnInfo;
import java.util.Map;

/** The {@code columns} map of nodes and sources (dbt's ColumnInfo). */
final class ColumnSerializer {
    private ColumnSerializer() {}

    static ObjectNode serialize(Map<String, ColumnInfo> columns) {
        ObjectNode node = JsonValues.object();
        columns.forEach((key, column) -> node.set(key, column(column)));
        return node;
    }

    private static ObjectNode column(ColumnInfo column) {
        ObjectNode node = JsonValues.object();
        node.put("name", column.name());
        node.put("description", column.description());
        node.set("meta", JsonValues.toNode(column.meta()));
        node.set("data_type", JsonValues.text(column.dataType()));
        node.set("constraints", JsonValues.array());
        node.set("quote", JsonValues.toNode(column.quote()));
        ObjectNode config = node.putObject("config");
        config.set("meta", JsonValues.toNode(column.meta()));
        config.set("tags", JsonValues.strings(column.tags()));
        node.set("tags", JsonValues.strings(column.tags()));
        node.putNull("granularity");
        node.set("doc_blocks", JsonValues.array());
        return node;
    }
}
