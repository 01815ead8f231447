package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.jinja.NodeScope;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.SourceCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.gluedbt.compiler.project.ConfigMerger;

/**
 * The parse phase: records {@code ref}, {@code source} and {@code config} calls; every relation is a
 * placeholder, {@code execute} is false and the catalog is offline, as in dbt's parser.
 */
final class ParseScope implements NodeScope {
    private final String packageName;
    private final Map<String, Object> baseConfig;
    private final Relation placeholder;
    private final Map<String, Object> model;
    private final List<RefCall> refs = new ArrayList<>();
    private final List<SourceCall> sources = new ArrayList<>();
    private final Map<String, Object> configCalls = new LinkedHashMap<>();

    ParseScope(String packageName, Map<String, Object> baseConfig, Relation placeholder, Map<String, Object> model) {
        this.packageName = packageName;
        this.baseConfig = baseConfig;
        this.placeholder = placeholder;
        this.model = model;
    }

    List<RefCall> refs() {
        return refs;
    }

    List<SourceCall> sources() {
        return sources;
    }

    /** The in-file {@code config()} calls merged in call order. */
    Map<String, Object> configCalls() {
        return configCalls;
    }

    @Override
    public String packageName() {
        return packageName;
    }

    @Override
    public Relation ref(RefCall call) {
        if (!refs.contains(call)) {
            refs.add(call);
        }
        return placeholder;
    }

    @Override
    public Relation source(SourceCall call) {
        if (!sources.contains(call)) {
            sources.add(call);
        }
        return placeholder;
    }

    @Override
    public void config(Map<String, Object> values) {
        configCalls.putAll(ConfigMerger.merge(configCalls, values));
    }

    @Override
    public Object configGet(String key, Object defaultValue) {
        if (configCalls.containsKey(key)) {
            return configCalls.get(key);
        }
        return baseConfig.getOrDefault(key, defaultValue);
    }

    @Override
    public Object configRequire(String key) {
        Object value = configGet(key, null);
        if (value == null) {
            throw new GluedbtException(ErrorCode.CONFIG_INVALID, "config '" + key + "' is required but not set");
        }
        return value;
    }

    @Override
    public Relation thisRelation() {
        return placeholder;
    }

    @Override
    public boolean isIncremental() {
        return false;
    }

    @Override
    public boolean execute() {
        return false;
    }

    @Override
    public Map<String, Object> model() {
        return model;
    }

    @Override
    public CatalogView catalog() {
        return CatalogView.offline();
    }
}
