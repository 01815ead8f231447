package io.gluedbt.compiler.api;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.jinja.NodeScope;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceCall;
import io.gluedbt.compiler.model.SourceTable;
import java.util.List;
import java.util.Map;

/** The scope of an inline query ({@code show --inline}): refs and sources resolve by name against the manifest. */
final class InlineScope implements NodeScope {
    private final Manifest manifest;
    private final CatalogView catalog;

    InlineScope(Manifest manifest, CatalogView catalog) {
        this.manifest = manifest;
        this.catalog = catalog;
    }

    @Override
    public String packageName() {
        return manifest.projectName();
    }

    @Override
    public Relation ref(RefCall call) {
        List<Node> candidates = manifest.nodes().values().stream()
                .filter(node -> node.name().equals(call.name()) && node.resourceType() != ResourceType.TEST)
                .filter(node -> call.packageName() == null || node.packageName().equals(call.packageName()))
                .sorted((left, right) -> Boolean.compare(!left.packageName().equals(manifest.projectName()), !right.packageName().equals(manifest.projectName())))
                .toList();
        if (candidates.isEmpty()) {
            throw new GluedbtException(ErrorCode.REF_NOT_FOUND, call.display() + " not found"
                    + Suggestions.didYouMean(call.name(), manifest.nodes().values().stream().map(Node::name).toList()));
        }
        Node target = candidates.get(0);
        if (target.isEphemeral()) {
            throw new GluedbtException(ErrorCode.REF_NOT_FOUND, call.display() + " is ephemeral: an inline query can only ref built relations");
        }
        return new Relation(target.database(), target.schema(), target.alias(), "view".equals(target.materialized()) ? RelationType.VIEW : RelationType.TABLE);
    }

    @Override
    public Relation source(SourceCall call) {
        SourceTable source = manifest.source(call).orElseThrow(() -> new GluedbtException(ErrorCode.SOURCE_NOT_FOUND, call.display() + " not found"));
        return new Relation(source.database(), source.schema(), source.identifier(), RelationType.TABLE);
    }

    @Override
    public void config(Map<String, Object> values) {}

    @Override
    public Object configGet(String key, Object defaultValue) {
        return defaultValue;
    }

    @Override
    public Object configRequire(String key) {
        throw new GluedbtException(ErrorCode.CONFIG_INVALID, "an inline query has no config '" + key + "'");
    }

    @Override
    public Relation thisRelation() {
        return null;
    }

    @Override
    public boolean isIncremental() {
        return false;
    }

    @Override
    public boolean execute() {
        return true;
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("name", "inline_query", "unique_id", "sql_operation." + manifest.projectName() + ".inline_query");
    }

    @Override
    public CatalogView catalog() {
        return catalog;
    }
}
