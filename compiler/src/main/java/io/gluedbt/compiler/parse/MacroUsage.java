package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.model.Macro;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which macros a piece of Jinja calls, for {@code depends_on.macros}: every {@code name(} or
 * {@code package.name(} that names a known macro, resolved the way calls resolve (own package, root, internal).
 */
final class MacroUsage {
    private static final Pattern CALL = Pattern.compile("\\b(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*)\\s*\\(");

    private final String rootProject;
    private final Map<String, Map<String, Macro>> byPackage = new HashMap<>();

    MacroUsage(String rootProject, Collection<Macro> macros) {
        this.rootProject = rootProject;
        for (Macro macro : macros) {
            byPackage.computeIfAbsent(macro.packageName(), name -> new HashMap<>()).put(macro.name(), macro);
        }
    }

    List<String> macrosUsedBy(String jinja, String packageName) {
        if (!jinja.contains("(")) {
            return List.of();
        }
        TreeSet<String> used = new TreeSet<>();
        Matcher matcher = CALL.matcher(jinja);
        while (matcher.find()) {
            String namespace = matcher.group(1);
            String name = matcher.group(2);
            Macro macro = namespace != null ? find(namespace, name) : resolve(packageName, name);
            if (macro != null) {
                used.add(macro.uniqueId());
            }
        }
        return List.copyOf(used);
    }

    private Macro resolve(String packageName, String name) {
        Macro macro = find(packageName, name);
        if (macro == null) {
            macro = find(rootProject, name);
        }
        return macro != null ? macro : find("dbt", name);
    }

    private Macro find(String packageName, String name) {
        Map<String, Macro> macros = byPackage.get(packageName);
        return macros == null ? null : macros.get(name);
    }
}
