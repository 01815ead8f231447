package io.gluedbt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import java.util.List;
import java.util.Map;

/**
 * Project-wide facts every render sees.
 *
 * @param adapterPrefixes dispatch prefixes in search order, e.g. [glue, spark, default]
 * @param dispatchSearchOrder the project's {@code dispatch:} config: macro namespace -> package search order
 * @param target the {@code target} variable (profile output values plus name, profile_name, type, schema, ...)
 * @param logSink where {@code log()}, {@code print()} and {@code exceptions.warn()} write
 * @param globals further context values (project_name, run_started_at, invocation_id, flags, dbt_version, ...)
 */
public record EnvironmentSettings(
        String rootProjectName,
        List<String> adapterPrefixes,
        Map<String, List<String>> dispatchSearchOrder,
        Map<String, Object> target,
        VariableLookup variables,
        Map<String, String> environment,
        Map<String, Object> globals,
        io.gluedbt.compiler.jinja.builtins.JinjaLogSink logSink) {

    public EnvironmentSettings {
        requireNonNull(rootProjectName, "rootProjectName is null");
        adapterPrefixes = List.copyOf(adapterPrefixes);
        dispatchSearchOrder = Map.copyOf(dispatchSearchOrder);
        target = OrderedMaps.copy(target);
        requireNonNull(variables, "variables is null");
        environment = Map.copyOf(environment);
        globals = Map.copyOf(globals);
        requireNonNull(logSink, "logSink is null");
    }
}
