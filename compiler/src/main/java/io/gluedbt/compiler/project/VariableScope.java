package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.model.OrderedMaps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dbt's {@code var()} lookup for a node of a given package. Highest precedence first:
 * <ol>
 *   <li>{@code --vars} from the command line;</li>
 *   <li>the root project's vars scoped to the package ({@code vars: {package_name: {x: 1}}});</li>
 *   <li>the root project's global vars;</li>
 *   <li>the package's own dbt_project.yml vars (scoped to itself, then global).</li>
 * </ol>
 * A var set to null exists (its value is null). A missing var without a default is VAR_MISSING.
 */
public final class VariableScope {
    private final Map<String, Object> cliVars;
    private final Project root;
    private final Map<String, Project> packages;

    private VariableScope(Map<String, Object> cliVars, Project root, Map<String, Project> packages) {
        this.cliVars = cliVars;
        this.root = root;
        this.packages = packages;
    }

    public static VariableScope of(LoadedProject project) {
        requireNonNull(project, "project is null");
        Map<String, Project> packages = new LinkedHashMap<>();
        project.packages().forEach(item -> packages.put(item.name(), item));
        return new VariableScope(project.cliVars(), project.root(), packages);
    }

    public boolean has(String name, String packageName) {
        return varsFor(packageName).containsKey(name);
    }

    /** The value; VAR_MISSING when no layer defines it. */
    public Object lookup(String name, String packageName) {
        return lookup(name, packageName, null);
    }

    /** The value; VAR_MISSING at {@code position} (the file calling var(), nullable) when no layer defines it. */
    public Object lookup(String name, String packageName, SourcePosition position) {
        Map<String, Object> vars = varsFor(packageName);
        if (!vars.containsKey(name)) {
            throw new GluedbtException(ErrorCode.VAR_MISSING, position,
                    "Required var '" + name + "' not found in config" + Suggestions.didYouMean(name, vars.keySet())
                            + " (define it under 'vars:' in dbt_project.yml, pass --vars '{" + name + ": ...}', or give var() a default)");
        }
        return vars.get(name);
    }

    public Object lookupOrDefault(String name, String packageName, Object defaultValue) {
        Map<String, Object> vars = varsFor(packageName);
        return vars.containsKey(name) ? vars.get(name) : defaultValue;
    }

    /** Every var visible to nodes of {@code packageName}, precedence applied; an unmodifiable ordered map. */
    public Map<String, Object> varsFor(String packageName) {
        requireNonNull(packageName, "packageName is null");
        List<Map<String, ?>> layers = new ArrayList<>();
        Project own = packages.get(packageName);
        if (own != null) {
            layers.add(own.vars());
            layers.add(scoped(own.vars(), packageName));
        }
        layers.add(root.vars());
        layers.add(scoped(root.vars(), packageName));
        layers.add(cliVars);
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Map<String, ?> layer : layers) {
            merged.putAll(layer);
        }
        return Collections.unmodifiableMap(merged);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> scoped(Map<String, Object> vars, String packageName) {
        return vars.get(packageName) instanceof Map<?, ?> map ? OrderedMaps.copy((Map<String, ?>) map) : Map.of();
    }
}
