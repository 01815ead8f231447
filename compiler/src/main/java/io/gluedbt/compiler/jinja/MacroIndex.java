package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every loaded macro by package, and dbt's dispatch search: for each package of the search order, each
 * adapter prefix ({@code glue__}, {@code spark__}, {@code default__}).
 * The internal package ({@value #INTERNAL}) holds gluedbt's built-in macros.
 */
final class MacroIndex {
    static final String INTERNAL = "dbt";

    private final String rootProject;
    private final List<String> prefixes;
    private final Map<String, List<String>> searchOrders;
    private final Map<String, Map<String, Object>> packages = new LinkedHashMap<>();

    MacroIndex(String rootProject, List<String> adapterPrefixes, Map<String, List<String>> searchOrders) {
        this.rootProject = rootProject;
        this.prefixes = adapterPrefixes;
        this.searchOrders = searchOrders;
    }

    String rootProject() {
        return rootProject;
    }

    void add(String packageName, MacroFunction macro) {
        packages.computeIfAbsent(packageName, name -> new LinkedHashMap<>()).put(macro.getName(), macro);
    }

    Map<String, Object> packageNamespace(String packageName) {
        return packages.getOrDefault(packageName, Map.of());
    }

    Map<String, Map<String, Object>> packages() {
        return packages;
    }

    /** Global namespace: internal macros overridden by the root project's. */
    Map<String, MacroFunction> globalMacros() {
        Map<String, MacroFunction> global = new LinkedHashMap<>();
        packageNamespace(INTERNAL).forEach((name, macro) -> global.put(name, (MacroFunction) macro));
        packageNamespace(rootProject).forEach((name, macro) -> global.put(name, (MacroFunction) macro));
        return global;
    }

    TreeSet<String> allNames() {
        TreeSet<String> names = new TreeSet<>();
        packages.values().forEach(namespace -> names.addAll(namespace.keySet()));
        return names;
    }

    MacroFunction dispatch(String macroName, String namespace) {
        List<String> searched = new ArrayList<>();
        for (String packageName : searchPackages(namespace)) {
            for (String prefix : prefixes) {
                String candidate = prefix + "__" + macroName;
                MacroFunction found = find(packageName, candidate);
                if (found != null) {
                    return found;
                }
                searched.add((packageName == null ? "" : packageName + ".") + candidate);
            }
        }
        throw new GluedbtException(ErrorCode.MACRO_NOT_FOUND, "In dispatch: no macro named '" + macroName + "' found"
                + (namespace == null ? "" : " within namespace '" + namespace + "'") + "; searched for: "
                + String.join(", ", searched.stream().map(name -> "'" + name + "'").toList()));
    }

    private List<String> searchPackages(String namespace) {
        if (namespace == null) {
            List<String> order = new ArrayList<>();
            order.add(rootProject);
            order.add(INTERNAL);
            return order;
        }
        List<String> configured = searchOrders.get(namespace);
        if (configured != null) {
            return configured;
        }
        if (namespace.equals(INTERNAL)) {
            return List.of(rootProject, INTERNAL);
        }
        return List.of(namespace);
    }

    private MacroFunction find(String packageName, String name) {
        Object macro = packageNamespace(packageName).get(name);
        return macro == null ? null : (MacroFunction) macro;
    }
}
