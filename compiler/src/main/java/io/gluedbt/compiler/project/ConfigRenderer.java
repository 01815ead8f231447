package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.OrderedMaps;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the Jinja in dbt_project.yml and profiles.yml string values as dbt does at load time: the
 * context holds {@code env_var(name, default)}, {@code var(name, default)} (command-line vars only),
 * the filters {@code as_text}, {@code as_number}, {@code as_bool}, {@code as_native} and, for
 * dbt_project.yml, {@code target}. A rendered value is a string: "5" stays "5" (callers coerce the
 * few keys dbt coerces, such as threads and port), except a template that ends with
 * {@code | as_number}, {@code | as_bool} or {@code | as_native}, which yields a number or boolean.
 * Strings without "{{" or "{%" are returned untouched.
 */
public final class ConfigRenderer {
    private static final Jinjava JINJAVA = createJinjava();

    private final EnvironmentVariables environment;
    private final Map<String, Object> cliVars;
    private final Map<String, Object> target;

    private ConfigRenderer(EnvironmentVariables environment, Map<String, Object> cliVars, Map<String, Object> target) {
        this.environment = environment;
        this.cliVars = cliVars;
        this.target = target;
    }

    /** For profiles.yml (and dbt_project.yml's {@code profile:} key): env_var and var only. */
    public static ConfigRenderer withoutTarget(EnvironmentVariables environment, Map<String, Object> cliVars) {
        return new ConfigRenderer(requireNonNull(environment, "environment is null"), OrderedMaps.copy(cliVars), null);
    }

    /** For dbt_project.yml: env_var, var and {@code target} (the selected target's values). */
    public static ConfigRenderer withTarget(EnvironmentVariables environment, Map<String, Object> cliVars, Map<String, Object> target) {
        requireNonNull(target, "target is null");
        return new ConfigRenderer(requireNonNull(environment, "environment is null"), OrderedMaps.copy(cliVars), OrderedMaps.copy(target));
    }

    public static boolean isTemplate(String value) {
        return value.contains("{{") || value.contains("{%");
    }

    /** Renders one string value written at {@code position}; errors carry that position. */
    public Object render(String template, SourcePosition position) {
        requireNonNull(template, "template is null");
        if (!isTemplate(template)) {
            return template;
        }
        ConfigFunctions.RenderState state = new ConfigFunctions.RenderState(environment, cliVars, position);
        Map<String, Object> bindings = new HashMap<>();
        bindings.put(ConfigFunctions.STATE_KEY, state);
        if (target != null) {
            bindings.put("target", target);
        }
        RenderResult result = JINJAVA.renderForResult(template, bindings);
        if (state.failure != null) {
            throw state.failure;
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                String reason = error.getMessage().replace("UnknownTokenException: Unknown token found: ", "undefined: ");
                throw new GluedbtException(ErrorCode.JINJA_RENDER, position, "cannot render '" + template + "': " + reason);
            }
        }
        return coerce(template, result.getOutput());
    }

    private static Object coerce(String template, String output) {
        String compact = template.replace(" ", "");
        if (compact.endsWith("|as_bool}}") && (output.equalsIgnoreCase("true") || output.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(output.toLowerCase());
        }
        if (compact.endsWith("|as_number}}") || compact.endsWith("|as_native}}")) {
            String text = output.strip();
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException notInteger) {
                try {
                    return Double.valueOf(text);
                } catch (NumberFormatException notNumber) {
                    return compact.endsWith("|as_native}}") && (text.equals("True") || text.equals("False") || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))
                            ? Boolean.valueOf(text.toLowerCase()) : output;
                }
            }
        }
        return output;
    }

    private static Jinjava createJinjava() {
        Jinjava jinjava = new Jinjava(JinjavaConfig.newBuilder().withFailOnUnknownTokens(true).build());
        jinjava.getGlobalContext().registerFunction(
                new ELFunctionDefinition("", "env_var", ConfigFunctions.class, "envVar", String.class, Object[].class));
        jinjava.getGlobalContext().registerFunction(
                new ELFunctionDefinition("", "var", ConfigFunctions.class, "var", String.class, Object[].class));
        for (String name : new String[] {"as_text", "as_number", "as_bool", "as_native"}) {
            jinjava.getGlobalContext().registerFilter(new PassThroughFilter(name));
        }
        return jinjava;
    }

    /** dbt's as_* filters: the value itself; {@link #coerce} turns the final text into a number or boolean. */
    private record PassThroughFilter(String name) implements Filter {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Object filter(Object value, JinjavaInterpreter interpreter, String... args) {
            return value;
        }
    }
}
