package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An executable or testable project resource (model, seed, snapshot, test, analysis, hook) with its
 * resolved config. Immutable: use {@link #toBuilder()} to derive a changed copy.
 *
 * @param path path relative to the resource directory ({@code silver/silver_avg_metrics.sql})
 * @param originalFilePath path relative to the project (package) root ({@code models/silver/silver_avg_metrics.sql})
 * @param rawCode the file's text (for a generic test, the synthesized call)
 * @param config the resolved config: project tree, then schema.yml, then in-file {@code config()}
 * @param alias the relation identifier; {@code relationName} is null for ephemeral models
 * @param dependsOnNodes unique ids, filled when refs and sources are resolved
 * @param testMetadata set for generic tests only
 */
public record Node(
        String uniqueId,
        ResourceType resourceType,
        String packageName,
        String name,
        String path,
        String originalFilePath,
        List<String> fqn,
        String rawCode,
        String language,
        String checksum,
        Map<String, Object> config,
        String database,
        String schema,
        String alias,
        String relationName,
        String description,
        Map<String, ColumnInfo> columns,
        String patchPath,
        List<RefCall> refs,
        List<SourceCall> sources,
        List<String> dependsOnMacros,
        List<String> dependsOnNodes,
        TestMetadata testMetadata,
        String columnName,
        String attachedNode,
        String fileKeyName,
        String version) {

    public Node {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(resourceType, "resourceType is null");
        requireNonNull(packageName, "packageName is null");
        requireNonNull(name, "name is null");
        requireNonNull(path, "path is null");
        requireNonNull(originalFilePath, "originalFilePath is null");
        fqn = List.copyOf(requireNonNull(fqn, "fqn is null"));
        rawCode = rawCode == null ? "" : rawCode;
        language = language == null ? "sql" : language;
        checksum = checksum == null ? "" : checksum;
        config = OrderedMaps.copy(config);
        description = description == null ? "" : description;
        columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        refs = refs == null ? List.of() : List.copyOf(refs);
        sources = sources == null ? List.of() : List.copyOf(sources);
        dependsOnMacros = dependsOnMacros == null ? List.of() : List.copyOf(dependsOnMacros);
        dependsOnNodes = dependsOnNodes == null ? List.of() : List.copyOf(dependsOnNodes);
    }

    public String materialized() {
        Object value = config.get("materialized");
        return value == null ? "" : value.toString();
    }

    public boolean isEphemeral() {
        return "ephemeral".equals(materialized());
    }

    public boolean isEnabled() {
        return !Boolean.FALSE.equals(config.get("enabled"));
    }

    @SuppressWarnings("unchecked")
    public List<String> tags() {
        Object value = config.get("tags");
        if (value instanceof List<?> list) {
            return (List<String>) list;
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> meta() {
        Object value = config.get("meta");
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    public Optional<Object> configValue(String key) {
        return Optional.ofNullable(config.get(key));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder(String uniqueId, ResourceType resourceType) {
        return new Builder(uniqueId, resourceType);
    }

    /** Mutable builder for {@link Node}. */
    public static final class Builder {
        private String uniqueId;
        private ResourceType resourceType;
        private String packageName;
        private String name;
        private String path;
        private String originalFilePath;
        private List<String> fqn = List.of();
        private String rawCode;
        private String language;
        private String checksum;
        private Map<String, Object> config = Map.of();
        private String database;
        private String schema;
        private String alias;
        private String relationName;
        private String description;
        private Map<String, ColumnInfo> columns;
        private String patchPath;
        private List<RefCall> refs;
        private List<SourceCall> sources;
        private List<String> dependsOnMacros;
        private List<String> dependsOnNodes;
        private TestMetadata testMetadata;
        private String columnName;
        private String attachedNode;
        private String fileKeyName;
        private String version;

        private Builder(String uniqueId, ResourceType resourceType) {
            this.uniqueId = uniqueId;
            this.resourceType = resourceType;
        }

        private Builder(Node node) {
            uniqueId = node.uniqueId;
            resourceType = node.resourceType;
            packageName = node.packageName;
            name = node.name;
            path = node.path;
            originalFilePath = node.originalFilePath;
            fqn = node.fqn;
            rawCode = node.rawCode;
            language = node.language;
            checksum = node.checksum;
            config = node.config;
            database = node.database;
            schema = node.schema;
            alias = node.alias;
            relationName = node.relationName;
            description = node.description;
            columns = node.columns;
            patchPath = node.patchPath;
            refs = node.refs;
            sources = node.sources;
            dependsOnMacros = node.dependsOnMacros;
            dependsOnNodes = node.dependsOnNodes;
            testMetadata = node.testMetadata;
            columnName = node.columnName;
            attachedNode = node.attachedNode;
            fileKeyName = node.fileKeyName;
            version = node.version;
        }

        public Builder uniqueId(String value) { uniqueId = value; return this; }
        public Builder packageName(String value) { packageName = value; return this; }
        public Builder name(String value) { name = value; return this; }
        public Builder path(String value) { path = value; return this; }
        public Builder originalFilePath(String value) { originalFilePath = value; return this; }
        public Builder fqn(List<String> value) { fqn = value; return this; }
        public Builder rawCode(String value) { rawCode = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder checksum(String value) { checksum = value; return this; }
        public Builder config(Map<String, Object> value) { config = value; return this; }
        public Builder database(String value) { database = value; return this; }
        public Builder schema(String value) { schema = value; return this; }
        public Builder alias(String value) { alias = value; return this; }
        public Builder relationName(String value) { relationName = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder columns(Map<String, ColumnInfo> value) { columns = value; return this; }
        public Builder patchPath(String value) { patchPath = value; return this; }
        public Builder refs(List<RefCall> value) { refs = value; return this; }
        public Builder sources(List<SourceCall> value) { sources = value; return this; }
        public Builder dependsOnMacros(List<String> value) { dependsOnMacros = value; return this; }
        public Builder dependsOnNodes(List<String> value) { dependsOnNodes = value; return this; }
        public Builder testMetadata(TestMetadata value) { testMetadata = value; return this; }
        public Builder columnName(String value) { columnName = value; return this; }
        public Builder attachedNode(String value) { attachedNode = value; return this; }
        public Builder fileKeyName(String value) { fileKeyName = value; return this; }
        public Builder version(String value) { version = value; return this; }

        public Node build() {
            return new Node(uniqueId, resourceType, packageName, name, path, originalFilePath, fqn, rawCode, language,
                    checksum, config, database, schema, alias, relationName, description, columns, patchPath, refs,
                    sources, dependsOnMacros, dependsOnNodes, testMetadata, columnName, attachedNode, fileKeyName, version);
        }
    }
}
