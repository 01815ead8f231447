package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.TestMetadata;
import io.gluedbt.compiler.sql.Cte;
import java.util.Map;

/**
 * One entry of {@code nodes} (or of a {@code disabled} list): Model, Seed, Snapshot, GenericTest,
 * SingularTest, Analysis or HookNode, with dbt's field order and dbt 1.10's field set.
 */
final class NodeSerializer {
    private NodeSerializer() {}

    /** @param compiled the node's compile results, or null when it was only parsed */
    static ObjectNode serialize(Node node, CompiledNode compiled, double createdAt) {
        Map<String, Object> config = ConfigSerializer.render(node);
        ObjectNode json = JsonValues.object();
        json.set("database", JsonValues.text(node.database()));
        json.put("schema", node.schema() == null ? "" : node.schema());
        json.put("name", node.name());
        json.put("resource_type", node.resourceType().dbtName());
        json.put("package_name", node.packageName());
        json.put("path", node.path());
        json.put("original_file_path", node.originalFilePath());
        json.put("unique_id", node.uniqueId());
        json.set("fqn", JsonValues.strings(node.fqn()));
        json.put("alias", node.alias() == null ? node.name() : node.alias());
        json.set("checksum", checksum(node));
        json.set("config", JsonValues.toNode(config));
        json.set("tags", JsonValues.toNode(config.get("tags")));
        json.put("description", node.description());
        json.set("columns", ColumnSerializer.serialize(node.columns()));
        json.set("meta", JsonValues.toNode(config.get("meta")));
        json.set("group", JsonValues.toNode(config.get("group")));
        json.set("docs", JsonValues.toNode(config.get("docs") == null ? ConfigDefaults.docs() : config.get("docs")));
        json.set("patch_path", JsonValues.patchPath(node.packageName(), node.patchPath()));
        json.putNull("build_path");
        json.set("unrendered_config", unrenderedConfig(node));
        json.set("created_at", JsonValues.timestamp(createdAt));
        json.set("relation_name", JsonValues.text(node.relationName()));
        json.put("raw_code", node.rawCode());
        json.set("doc_blocks", JsonValues.array());
        if (node.resourceType() == ResourceType.SEED) {
            json.putNull("root_path");
            ObjectNode dependsOn = json.putObject("depends_on");
            dependsOn.set("macros", JsonValues.strings(node.dependsOnMacros()));
            return json;
        }
        compiledResourceFields(json, node, compiled, config);
        typeSpecificFields(json, node, config);
        return json;
    }

    private static void compiledResourceFields(ObjectNode json, Node node, CompiledNode compiled, Map<String, Object> config) {
        json.put("language", node.language());
        json.set("refs", JsonValues.refs(node.refs()));
        json.set("sources", JsonValues.sources(node.sources()));
        json.set("metrics", JsonValues.array());
        json.set("depends_on", JsonValues.dependsOn(node.dependsOnMacros(), node.dependsOnNodes()));
        json.set("compiled_path", JsonValues.text(compiled == null ? null : compiled.compiledPath()));
        if (compiled != null) {
            json.put("compiled", true);
            json.put("compiled_code", compiled.compiledCode());
            json.put("extra_ctes_injected", true);
            ArrayNode extraCtes = json.putArray("extra_ctes");
            for (Cte cte : compiled.extraCtes()) {
                extraCtes.addObject().put("id", cte.id()).put("sql", cte.injectedSql());
            }
        }
        ObjectNode contract = (ObjectNode) JsonValues.toNode(config.getOrDefault("contract", ConfigDefaults.contract()));
        contract.putNull("checksum");
        json.set("contract", contract);
    }

    private static void typeSpecificFields(ObjectNode json, Node node, Map<String, Object> config) {
        switch (node.resourceType()) {
            case MODEL -> {
                json.set("access", JsonValues.toNode(config.getOrDefault("access", "protected")));
                json.set("constraints", JsonValues.array());
                json.set("version", JsonValues.version(node.version()));
                json.putNull("latest_version");
                json.putNull("deprecation_date");
                json.set("primary_key", JsonValues.array());
                json.putNull("time_spine");
            }
            case OPERATION -> json.putNull("index");
            case TEST -> {
                if (node.testMetadata() != null) {
                    json.set("column_name", JsonValues.text(node.columnName()));
                    json.set("file_key_name", JsonValues.text(node.fileKeyName()));
                    json.set("attached_node", JsonValues.text(node.attachedNode()));
                    json.set("test_metadata", testMetadata(node.testMetadata()));
                }
            }
            default -> {
            }
        }
    }

    /** The config as the project set it (before defaults), with dbt's key spellings. */
    private static ObjectNode unrenderedConfig(Node node) {
        ObjectNode json = JsonValues.object();
        node.config().forEach((key, value) -> json.set(ConfigSerializer.canonicalKey(key), JsonValues.toNode(value)));
        return json;
    }

    private static ObjectNode checksum(Node node) {
        ObjectNode checksum = JsonValues.object();
        if (node.testMetadata() != null || node.checksum().isEmpty()) {
            // dbt gives generic tests (which have no file of their own) FileHash.empty().
            checksum.put("name", "none").put("checksum", "");
        } else {
            checksum.put("name", "sha256").put("checksum", node.checksum());
        }
        return checksum;
    }

    private static ObjectNode testMetadata(TestMetadata metadata) {
        ObjectNode json = JsonValues.object();
        json.put("name", metadata.name());
        json.set("kwargs", JsonValues.toNode(metadata.kwargs()));
        json.set("namespace", JsonValues.text(metadata.namespace()));
        return json;
    }
}
