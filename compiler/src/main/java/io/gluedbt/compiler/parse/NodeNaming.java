package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.jinja.JinjaEnvironment;
import io.gluedbt.compiler.jinja.NodeScope;
import io.gluedbt.compiler.project.Target;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a node lands: dbt's {@code generate_schema_name} / {@code generate_alias_name} /
 * {@code generate_database_name}, computed in Java unless the root project overrides the macro.
 * Glue relations render as schema.identifier; database is the target's (the profile sets it equal to schema).
 */
final class NodeNaming {
    private final JinjaEnvironment jinja;
    private final Target target;

    NodeNaming(JinjaEnvironment jinja, Target target) {
        this.jinja = jinja;
        this.target = target;
    }

    record Names(String database, String schema, String alias) {}

    Names resolve(String name, Map<String, Object> config, String displayPath, NodeScope scope) {
        String customSchema = text(config.get("schema"));
        String schema;
        if (jinja.isOverridden("generate_schema_name")) {
            schema = text(jinja.callMacro("generate_schema_name", displayPath, scope, customSchema, nodeMap(name, config))).trim();
        } else {
            schema = customSchema == null ? target.schema() : target.schema() + "_" + customSchema.trim();
        }
        String customAlias = text(config.get("alias"));
        String alias;
        if (jinja.isOverridden("generate_alias_name")) {
            alias = text(jinja.callMacro("generate_alias_name", displayPath, scope, customAlias, nodeMap(name, config))).trim();
        } else {
            alias = customAlias == null ? name : customAlias.trim();
        }
        String customDatabase = text(config.get("database"));
        return new Names(customDatabase == null ? target.database() : customDatabase.trim(), schema, alias);
    }

    private static Map<String, Object> nodeMap(String name, Map<String, Object> config) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", name);
        node.put("config", config);
        return node;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
