package io.gluedbt.compiler.project;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.util.Map;

/**
 * The static Jinja functions {@code env_var} and {@code var} that {@link ConfigRenderer} registers for
 * dbt_project.yml and profiles.yml. Public only because Jinjava calls them by reflection; the state of
 * one render (environment, cli vars, position, first failure) travels in the Jinja context.
 */
public final class ConfigFunctions {
    static final String STATE_KEY = "__gluedbt_config_render_state";

    private ConfigFunctions() {}

    /** State of one render, put in the Jinja context by {@link ConfigRenderer}. */
    static final class RenderState {
        final EnvironmentVariables environment;
        final Map<String, Object> cliVars;
        final SourcePosition position;
        GluedbtException failure;

        RenderState(EnvironmentVariables environment, Map<String, Object> cliVars, SourcePosition position) {
            this.environment = environment;
            this.cliVars = cliVars;
            this.position = position;
        }

        RuntimeException fail(GluedbtException exception) {
            if (failure == null) {
                failure = exception;
            }
            return exception;
        }
    }

    /** {@code env_var(name)} / {@code env_var(name, default)}. */
    public static String envVar(String name, Object... defaultValue) {
        RenderState state = state();
        Object fallback = defaultValue.length > 0 ? defaultValue[0] : null;
        try {
            return state.environment.envVar(name, fallback == null ? null : String.valueOf(fallback), state.position);
        } catch (GluedbtException e) {
            throw state.fail(e);
        }
    }

    /** {@code var(name)} / {@code var(name, default)}: only {@code --vars} exist while loading configs. */
    public static Object var(String name, Object... defaultValue) {
        RenderState state = state();
        if (state.cliVars.containsKey(name)) {
            return state.cliVars.get(name);
        }
        if (defaultValue.length > 0) {
            return defaultValue[0];
        }
        throw state.fail(new GluedbtException(ErrorCode.VAR_MISSING, state.position,
                "Required var '" + name + "' not found in config (only --vars are available in "
                        + "dbt_project.yml and profiles.yml; pass --vars '{" + name + ": ...}' or give a default)"));
    }

    private static RenderState state() {
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        Object state = interpreter == null ? null : interpreter.getContext().get(STATE_KEY);
        if (!(state instanceof RenderState renderState)) {
            throw new GluedbtException(ErrorCode.INTERNAL, "env_var/var called outside a config render");
        }
        return renderState;
    }
}
