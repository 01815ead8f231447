package io.gluedbt.compiler.compile;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.jinja.NodeScope;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.SourceCall;
import io.gluedbt.compiler.model.SourceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime phase: refs resolve through the node's already-resolved {@code depends_on} to real
 * relations (ephemerals to their CTE names, remembered for injection), {@code is_incremental()} asks the
 * catalog, {@code execute} is true.
 */
final class CompileScope implements NodeScope {
    private final Manifest manifest;
    private final Node node;
    private final CatalogView catalog;
    private final RunMode mode;
    private final List<String> ephemeralRefs = new ArrayList<>();
    private static final String ICEBERG_CATALOG = "glue_catalog";

    CompileScope(Manifest manifest, Node node, CatalogView catalog, RunMode mode) {
        this.manifest = manifest;
        this.node = node;
        this.catalog = catalog;
        this.mode = mode;
    }

    /** The ephemeral models this render referenced, in first-reference order. */
    List<String> ephemeralRefs() {
        return ephemeralRefs;
    }

    @Override
    public String packageName() {
        return node.packageName();
    }

    @Override
    public Relation ref(RefCall call) {
        for (String id : node.dependsOnNodes()) {
            Node target = manifest.nodes().get(id);
            if (target != null && target.name().equals(call.name())
                    && (call.packageName() == null || call.packageName().equals(target.packageName()))) {
                return relationOf(target);
            }
        }
        throw new GluedbtException(ErrorCode.REF_NOT_FOUND, call.display() + " was not found while parsing this node;"
                + " refs must be literal calls dbt can see at parse time (or add '-- depends_on: {{ " + call.display() + " }}')");
    }

    private Relation relationOf(Node target) {
        if (target.isEphemeral()) {
            if (!ephemeralRefs.contains(target.uniqueId())) {
                ephemeralRefs.add(target.uniqueId());
            }
            return new Relation(null, target.schema(), io.gluedbt.compiler.sql.Cte.PREFIX + target.alias(), RelationType.CTE);
        }
        RelationType type = "view".equals(target.materialized()) ? RelationType.VIEW : RelationType.TABLE;
        return icebergAware(new Relation(target.database(), target.schema(), target.alias(), type));
    }

    /** dbt-glue addresses existing Iceberg tables through the Iceberg catalog ({@code glue_catalog.schema.table}). */
    private Relation icebergAware(Relation relation) {
        if (catalog.getRelation(relation.getDatabase(), relation.getSchema(), relation.getIdentifier()).isPresent()
                && catalog.tableFormat(relation).filter("iceberg"::equals).isPresent()) {
            return relation.inCatalog(ICEBERG_CATALOG);
        }
        return relation;
    }

    @Override
    public Relation source(SourceCall call) {
        SourceTable source = manifest.source(call).orElseThrow(() -> new GluedbtException(ErrorCode.SOURCE_NOT_FOUND, call.display() + " not found"));
        return new Relation(source.database(), source.schema(), source.identifier(), RelationType.TABLE);
    }

    @Override
    public void config(Map<String, Object> values) {
        // applied while parsing
    }

    @Override
    public Object configGet(String key, Object defaultValue) {
        return node.config().getOrDefault(key, defaultValue);
    }

    @Override
    public Object configRequire(String key) {
        Object value = node.config().get(key);
        if (value == null) {
            throw new GluedbtException(ErrorCode.CONFIG_INVALID, "config '" + key + "' is required for '" + node.name() + "' but not set");
        }
        return value;
    }

    @Override
    public Relation thisRelation() {
        return icebergAware(new Relation(node.database(), node.schema(), node.alias(), RelationType.TABLE));
    }

    @Override
    public boolean isIncremental() {
        return "incremental".equals(node.materialized()) && !mode.fullRefresh(node)
                && catalog.getRelation(node.database(), node.schema(), node.alias()).isPresent();
    }

    @Override
    public boolean execute() {
        return true;
    }

    @Override
    public Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", node.name());
        model.put("unique_id", node.uniqueId());
        model.put("package_name", node.packageName());
        model.put("resource_type", node.resourceType().dbtName());
        model.put("original_file_path", node.originalFilePath());
        model.put("path", node.path());
        model.put("fqn", node.fqn());
        model.put("alias", node.alias());
        model.put("schema", node.schema());
        model.put("database", node.database());
        model.put("config", node.config());
        model.put("tags", node.tags());
        model.put("description", node.description());
        model.put("depends_on", Map.of("nodes", node.dependsOnNodes(), "macros", node.dependsOnMacros()));
        return model;
    }

    @Override
    public CatalogView catalog() {
        return catalog;
    }
}
