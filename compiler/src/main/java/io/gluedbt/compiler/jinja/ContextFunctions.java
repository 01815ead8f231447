package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.SourceCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bare-name functions of dbt's context that depend on the node being rendered. They are registered
 * once and find the node through {@link RenderState}, so the shared context is never copied per render.
 */
final class ContextFunctions {
    private ContextFunctions() {}

    static List<MacroFunction> create(EnvironmentSettings settings) {
        return List.of(
                function("ref", arguments -> ref(arguments)),
                function("source", arguments -> {
                    String sourceName = arguments.string(0, "source_name");
                    String tableName = arguments.string(1, "table_name");
                    if (sourceName == null || tableName == null) {
                        throw new GluedbtException(ErrorCode.COMPILER_ERROR, "source() takes exactly two arguments: source('source_name', 'table_name')");
                    }
                    return scope().source(new SourceCall(sourceName, tableName));
                }),
                function("config", arguments -> {
                    if (!arguments.positional().isEmpty()) {
                        if (arguments.positional().size() == 1 && arguments.positional().get(0) instanceof Map<?, ?> map) {
                            Map<String, Object> values = new LinkedHashMap<>();
                            map.forEach((key, value) -> values.put(String.valueOf(key), value));
                            scope().config(values);
                            return "";
                        }
                        throw new GluedbtException(ErrorCode.CONFIG_INVALID, "config() takes keyword arguments only, got config("
                                + String.join(", ", arguments.positional().stream().map(ContextFunctions::literal).toList())
                                + "); write e.g. config(materialized='table')");
                    }
                    scope().config(arguments.named());
                    return "";
                }),
                function("var", arguments -> variable(settings, arguments)),
                function("env_var", arguments -> environmentVariable(settings, arguments)),
                function("is_incremental", arguments -> scope().isIncremental()),
                function("__dbt_dispatch_call", ContextFunctions::dispatchCall),
                function("run_query", arguments -> {
                    NodeScope scope = scope();
                    return scope.execute() ? scope.catalog().runQuery(arguments.string(0, "sql")) : null;
                }));
    }

    private static String literal(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static NodeScope scope() {
        return RenderState.current().scope();
    }

    private static Object ref(ArgumentList arguments) {
        List<Object> positional = arguments.positional();
        Object version = arguments.named().getOrDefault("v", arguments.named().get("version"));
        String versionText = version == null ? null : version.toString();
        if (positional.size() == 1) {
            return scope().ref(new RefCall(null, String.valueOf(positional.get(0)), versionText));
        }
        if (positional.size() == 2) {
            return scope().ref(new RefCall(String.valueOf(positional.get(0)), String.valueOf(positional.get(1)), versionText));
        }
        throw new GluedbtException(ErrorCode.COMPILER_ERROR, "ref() takes one or two arguments: ref('model') or ref('package', 'model'), got " + positional.size());
    }

    private static Object variable(EnvironmentSettings settings, ArgumentList arguments) {
        String name = arguments.string(0, "var_name");
        if (name == null) {
            throw new GluedbtException(ErrorCode.COMPILER_ERROR, "var() needs a variable name");
        }
        Optional<Object> value = settings.variables().lookup(name, scope().packageName());
        if (value.isPresent()) {
            return value.get() == VariableLookup.NULL ? null : value.get();
        }
        if (arguments.positional().size() > 1 || arguments.named().containsKey("default")) {
            return arguments.get(1, "default", null);
        }
        throw new GluedbtException(ErrorCode.VAR_MISSING, "Required var '" + name + "' not found in config: define it under 'vars:' in dbt_project.yml, pass --vars '{" + name + ": ...}', or give var() a default");
    }

    private static Object environmentVariable(EnvironmentSettings settings, ArgumentList arguments) {
        String name = arguments.string(0, "var");
        String value = settings.environment().get(name);
        if (value != null) {
            return value;
        }
        if (arguments.positional().size() > 1 || arguments.named().containsKey("default")) {
            Object fallback = arguments.get(1, "default", null);
            return fallback == null ? null : fallback.toString();
        }
        throw new GluedbtException(ErrorCode.ENV_VAR_MISSING, "Env var required but not provided: '" + name + "'");
    }

    private static Object dispatchCall(ArgumentList arguments) {
        Object target = arguments.positional().isEmpty() ? null : arguments.positional().get(0);
        if (!(target instanceof MacroFunction macro)) {
            throw new GluedbtException(ErrorCode.MACRO_NOT_FOUND, "adapter.dispatch() did not return a macro");
        }
        ArgumentList forwarded = new ArgumentList(arguments.positional().subList(1, arguments.positional().size()), arguments.named());
        return macro.evaluate(forwarded.toCallArguments());
    }

    private static MacroFunction function(String name, Implementation implementation) {
        return new JavaFunction(name) {
            @Override
            Object call(List<Object> args, Map<String, Object> kwargs) {
                try {
                    return implementation.apply(new ArgumentList(args, kwargs));
                } catch (GluedbtException exception) {
                    throw RenderState.current().fail(exception);
                } catch (RuntimeException exception) {
                    throw RenderState.current().fail(new GluedbtException(ErrorCode.JINJA_RENDER, name + "(): " + exception.getMessage(), exception));
                }
            }
        };
    }

    /** A function body over Python-style arguments. */
    @FunctionalInterface
    interface Implementation {
        Object apply(ArgumentList arguments);
    }

    static JinjavaInterpreter interpreter() {
        return JinjavaInterpreter.getCurrent();
    }
}
