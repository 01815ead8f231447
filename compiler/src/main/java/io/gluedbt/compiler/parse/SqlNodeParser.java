package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.model.ColumnInfo;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.project.ConfigMerger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a node from SQL (a model, analysis, singular test or snapshot block): renders it in the parse
 * phase to collect refs, sources and {@code config()} calls, then layers config as dbt does:
 * dbt_project.yml tree, then schema.yml {@code config:}, then the in-file {@code config()}.
 */
final class SqlNodeParser {
    private final ParseContext context;
    private final SchemaContents contents;
    private final NodeNaming naming;
    private final MacroUsage macroUsage;

    SqlNodeParser(ParseContext context, SchemaContents contents, MacroUsage macroUsage) {
        this.context = context;
        this.contents = contents;
        this.naming = new NodeNaming(context.jinja(), context.target());
        this.macroUsage = macroUsage;
    }

    Node parse(SourceFile file, ResourceType type, String resourceKey, String name, String sql, int lineOffset, Map<String, Object> defaults) {
        String packageName = file.project().name();
        List<String> fqn = new ArrayList<>();
        fqn.add(packageName);
        if (type == ResourceType.ANALYSIS) {
            fqn.add("analysis");
        }
        fqn.addAll(file.directories());
        if (type == ResourceType.SNAPSHOT) {
            fqn.add(file.baseName());
        }
        fqn.add(name);
        Patch patch = contents.patch(patchKey(type) + ":" + packageName + ":" + name);
        Map<String, Object> base = ConfigMerger.merge(defaults, context.treeConfig(file.project(), resourceKey, fqn));
        if (patch != null) {
            base = ConfigMerger.merge(base, patch.config());
        }
        String uniqueId = type.dbtName() + "." + packageName + "." + name;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("unique_id", uniqueId);
        model.put("package_name", packageName);
        model.put("resource_type", type.dbtName());
        model.put("original_file_path", file.originalFilePath());
        model.put("path", file.pathInResource());
        model.put("fqn", fqn);
        model.put("config", base);
        ParseScope scope = new ParseScope(packageName, base, Relation.table(context.target().schema(), name), model);
        context.jinja().render(sql, file.displayPath(), lineOffset, scope);
        Map<String, Object> config = ConfigMerger.merge(base, scope.configCalls());
        NodeNaming.Names names = naming.resolve(name, config, file.displayPath(), scope);
        if (type == ResourceType.SNAPSHOT && config.get("target_schema") != null) {
            String targetSchema = config.get("target_schema").toString();
            Object targetDatabase = config.get("target_database");
            names = new NodeNaming.Names(targetDatabase == null ? names.database() : targetDatabase.toString(), targetSchema, names.alias());
        }
        boolean ephemeral = "ephemeral".equals(config.get("materialized"));
        return Node.builder(uniqueId, type)
                .packageName(packageName)
                .name(name)
                .path(file.pathInResource())
                .originalFilePath(file.originalFilePath())
                .fqn(fqn)
                .rawCode(sql)
                .language("sql")
                .checksum(sha256(file.text().strip()))
                .config(config)
                .database(names.database())
                .schema(names.schema())
                .alias(names.alias())
                .relationName(ephemeral || type == ResourceType.ANALYSIS || type == ResourceType.TEST ? null : names.schema() + "." + names.alias())
                .description(patch == null ? "" : patch.description())
                .columns(patch == null ? Map.<String, ColumnInfo>of() : patch.columns())
                .patchPath(patch == null ? null : patch.patchPath())
                .refs(scope.refs())
                .sources(scope.sources())
                .dependsOnMacros(macroUsage.macrosUsedBy(sql, packageName))
                .build();
    }

    static String patchKey(ResourceType type) {
        return type.dbtName();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
