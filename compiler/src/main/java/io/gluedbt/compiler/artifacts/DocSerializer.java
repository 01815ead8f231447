package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.DocBlock;

/** One entry of {@code docs} (dbt's Documentation). */
final class DocSerializer {
    private DocSerializer() {}

    static ObjectNode serialize(DocBlock doc) {
        ObjectNode json = JsonValues.object();
        json.put("name", doc.name());
        json.put("resource_type", "doc");
        json.put("package_name", doc.packageName());
        json.put("path", doc.path());
        json.put("original_file_path", doc.originalFilePath());
        json.put("unique_id", doc.uniqueId());
        json.put("block_contents", doc.blockContents());
        return json;
    }
}
