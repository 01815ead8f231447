package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceCall;
import io.gluedbt.compiler.model.SourceTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Resolves {@code ref()} and {@code source()} calls to unique ids with dbt's search order: an explicit
 * package; else the root project, then the calling node's package, then any package.
 */
final class RefResolver {
    private final String rootProject;
    private final Map<String, List<Node>> refableByName = new LinkedHashMap<>();
    private final Map<String, Node> disabledByName = new LinkedHashMap<>();
    private final Map<String, SourceTable> sources;

    RefResolver(String rootProject, Collection<Node> enabled, Collection<Node> disabled, Map<String, SourceTable> sources) {
        this.rootProject = rootProject;
        for (Node node : enabled) {
            if (isRefable(node)) {
                refableByName.computeIfAbsent(node.name(), name -> new ArrayList<>()).add(node);
            }
        }
        for (Node node : disabled) {
            if (isRefable(node)) {
                disabledByName.putIfAbsent(node.name(), node);
            }
        }
        this.sources = sources;
    }

    private static boolean isRefable(Node node) {
        return node.resourceType() == ResourceType.MODEL || node.resourceType() == ResourceType.SEED || node.resourceType() == ResourceType.SNAPSHOT;
    }

    List<String> dependencies(String callerPackage, List<RefCall> refs, List<SourceCall> sourceCalls, String displayPath, String rawCode) {
        TreeSet<String> ids = new TreeSet<>();
        for (RefCall ref : refs) {
            ids.add(resolve(callerPackage, ref, displayPath, rawCode).uniqueId());
        }
        for (SourceCall call : sourceCalls) {
            ids.add(resolveSource(call, displayPath, rawCode).uniqueId());
        }
        return List.copyOf(ids);
    }

    Node resolve(String callerPackage, RefCall ref, String displayPath, String rawCode) {
        List<Node> candidates = refableByName.getOrDefault(ref.name(), List.of());
        List<String> searchOrder = ref.packageName() != null ? List.of(ref.packageName()) : List.of(rootProject, callerPackage);
        for (String packageName : searchOrder) {
            for (Node candidate : candidates) {
                if (candidate.packageName().equals(packageName) && versionMatches(candidate, ref)) {
                    return candidate;
                }
            }
        }
        if (ref.packageName() == null) {
            for (Node candidate : candidates) {
                if (versionMatches(candidate, ref)) {
                    return candidate;
                }
            }
        }
        SourcePosition position = SourcePosition.of(displayPath, lineOf(rawCode, "'" + ref.name() + "'", "\"" + ref.name() + "\""));
        if (disabledByName.containsKey(ref.name())) {
            throw new GluedbtException(ErrorCode.REF_NOT_FOUND, position, ref.display() + " refers to '" + ref.name()
                    + "', which is disabled (enabled: false); enable it or remove the ref");
        }
        throw new GluedbtException(ErrorCode.REF_NOT_FOUND, position, ref.display() + " not found"
                + Suggestions.didYouMean(ref.name(), refableByName.keySet()));
    }

    SourceTable resolveSource(SourceCall call, String displayPath, String rawCode) {
        for (SourceTable source : sources.values()) {
            if (source.sourceName().equals(call.sourceName()) && source.name().equals(call.tableName())) {
                return source;
            }
        }
        SourcePosition position = SourcePosition.of(displayPath, lineOf(rawCode, "'" + call.tableName() + "'", "\"" + call.tableName() + "\""));
        List<String> known = sources.values().stream().map(source -> source.sourceName() + "." + source.name()).toList();
        throw new GluedbtException(ErrorCode.SOURCE_NOT_FOUND, position, call.display() + " not found"
                + Suggestions.closest(call.sourceName() + "." + call.tableName(), known)
                        .map(name -> " (did you mean source('" + name.replace(".", "', '") + "')?)").orElse(""));
    }

    private static boolean versionMatches(Node candidate, RefCall ref) {
        return ref.version() == null || ref.version().equals(candidate.version());
    }

    /** The 1-based line of the first needle in the text, or 0. */
    static int lineOf(String text, String... needles) {
        if (text == null) {
            return 0;
        }
        for (String needle : needles) {
            int index = text.indexOf(needle);
            if (index >= 0) {
                int line = 1;
                for (int position = 0; position < index; position++) {
                    if (text.charAt(position) == '\n') {
                        line++;
                    }
                }
                return line;
            }
        }
        return 0;
    }
}
