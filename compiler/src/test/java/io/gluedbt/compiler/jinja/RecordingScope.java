package io.gluedbt.compiler.jinja;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.SourceCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hand-written scope for tests: refs resolve to schema {@code analytics}, calls are recorded. */
final class RecordingScope implements NodeScope {
    final List<RefCall> refs = new ArrayList<>();
    final List<SourceCall> sources = new ArrayList<>();
    final Map<String, Object> config = new LinkedHashMap<>();
    private final String packageName;
    private final boolean execute;

    RecordingScope(String packageName, boolean execute) {
        this.packageName = packageName;
        this.execute = execute;
    }

    @Override
    public String packageName() {
        return packageName;
    }

    @Override
    public Relation ref(RefCall call) {
        refs.add(call);
        return Relation.table("analytics", call.name());
    }

    @Override
    public Relation source(SourceCall call) {
        sources.add(call);
        return Relation.table(call.sourceName(), call.tableName());
    }

    @Override
    public void config(Map<String, Object> values) {
        config.putAll(values);
    }

    @Override
    public Object configGet(String key, Object defaultValue) {
        return config.getOrDefault(key, defaultValue);
    }

    @Override
    public Object configRequire(String key) {
        return config.get(key);
    }

    @Override
    public Relation thisRelation() {
        return Relation.table("analytics", "this_model");
    }

    @Override
    public boolean isIncremental() {
        return false;
    }

    @Override
    public boolean execute() {
        return execute;
    }

    @Override
    public Map<String, Object> model() {
        return Map.of("name", "this_model");
    }

    @Override
    public CatalogView catalog() {
        return CatalogView.offline();
    }
}
