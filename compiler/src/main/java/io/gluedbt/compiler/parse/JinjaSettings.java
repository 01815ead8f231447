package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.jinja.EnvironmentSettings;
import io.gluedbt.compiler.jinja.VariableLookup;
import io.gluedbt.compiler.project.LoadedProject;
import io.gluedbt.compiler.project.Project;
import io.gluedbt.compiler.project.VariableScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The project-wide Jinja facts: target, vars, env, dispatch order, adapter prefixes (glue, spark, default). */
final class JinjaSettings {
    /** Glue's dispatch chain: dbt-glue's macros fall back to dbt-spark's, then dbt's defaults. */
    static final List<String> ADAPTER_PREFIXES = List.of("glue", "spark", "default");
    static final String DBT_VERSION = "1.10.0";

    private JinjaSettings() {}

    static EnvironmentSettings of(LoadedProject loaded, io.gluedbt.compiler.jinja.builtins.JinjaLogSink logSink) {
        VariableScope variables = VariableScope.of(loaded);
        VariableLookup lookup = (name, packageName) -> variables.has(name, packageName)
                ? Optional.of(valueOrNull(variables.lookup(name, packageName)))
                : Optional.empty();
        Map<String, List<String>> dispatch = new LinkedHashMap<>();
        for (Project project : List.of(loaded.root())) {
            for (Map<String, Object> entry : project.dispatch()) {
                Object namespace = entry.get("macro_namespace");
                Object order = entry.get("search_order");
                if (namespace != null && order instanceof List<?> list) {
                    dispatch.put(namespace.toString(), list.stream().map(String::valueOf).toList());
                }
            }
        }
        Map<String, Object> target = new LinkedHashMap<>(loaded.target().values());
        target.put("name", loaded.target().name());
        target.put("target_name", loaded.target().name());
        target.put("profile_name", loaded.target().profileName());
        target.put("type", loaded.target().type());
        target.put("schema", loaded.target().schema());
        target.put("database", loaded.target().database());
        target.put("threads", loaded.target().threads());
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("project_name", loaded.root().name());
        globals.put("dbt_version", DBT_VERSION);
        globals.put("flags", Map.of("FULL_REFRESH", false, "WHICH", "compile", "STORE_FAILURES", false));
        return new EnvironmentSettings(loaded.root().name(), ADAPTER_PREFIXES, dispatch, target, lookup, loaded.environment(), globals, logSink);
    }

    private static Object valueOrNull(Object value) {
        return value == null ? VariableLookup.NULL : value;
    }
}
