package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.SourceTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** dbt's {@code graph} context variable: every node, source and exposure as the dict templates read. */
final class GraphVariable {
    private GraphVariable() {}

    static Map<String, Object> of(Manifest manifest) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (Node node : manifest.nodes().values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("unique_id", node.uniqueId());
            entry.put("resource_type", node.resourceType().dbtName());
            entry.put("package_name", node.packageName());
            entry.put("name", node.name());
            entry.put("alias", node.alias());
            entry.put("schema", node.schema());
            entry.put("database", node.database());
            entry.put("relation_name", node.relationName());
            entry.put("fqn", node.fqn());
            entry.put("path", node.path());
            entry.put("original_file_path", node.originalFilePath());
            entry.put("config", node.config());
            entry.put("tags", node.tags());
            entry.put("description", node.description());
            entry.put("depends_on", Map.of("nodes", node.dependsOnNodes(), "macros", node.dependsOnMacros()));
            entry.put("refs", node.refs().stream().map(ref -> Map.of("name", ref.name())).toList());
            entry.put("columns", node.columns().keySet().stream().toList());
            entry.put("raw_code", node.rawCode());
            if (node.testMetadata() != null) {
                entry.put("test_metadata", Map.of("name", node.testMetadata().name(), "kwargs", node.testMetadata().kwargs()));
                entry.put("column_name", node.columnName());
            }
            nodes.put(node.uniqueId(), entry);
        }
        Map<String, Object> sources = new LinkedHashMap<>();
        for (SourceTable source : manifest.sources().values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("unique_id", source.uniqueId());
            entry.put("resource_type", "source");
            entry.put("package_name", source.packageName());
            entry.put("source_name", source.sourceName());
            entry.put("name", source.name());
            entry.put("schema", source.schema());
            entry.put("database", source.database());
            entry.put("identifier", source.identifier());
            entry.put("relation_name", source.relationName());
            entry.put("fqn", source.fqn());
            entry.put("config", source.config());
            entry.put("tags", source.tags());
            sources.put(source.uniqueId(), entry);
        }
        Map<String, Object> exposures = new LinkedHashMap<>();
        for (Exposure exposure : manifest.exposures().values()) {
            exposures.put(exposure.uniqueId(), Map.of("unique_id", exposure.uniqueId(), "name", exposure.name(), "type", exposure.type(),
                    "depends_on", Map.of("nodes", exposure.dependsOnNodes())));
        }
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("nodes", nodes);
        graph.put("sources", sources);
        graph.put("exposures", exposures);
        graph.put("metrics", Map.of());
        graph.put("groups", Map.of());
        graph.put("semantic_models", Map.of());
        return graph;
    }

}
