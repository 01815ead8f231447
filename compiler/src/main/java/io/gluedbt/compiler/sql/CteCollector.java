package io.gluedbt.compiler.sql;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Gathers the CTEs a node needs, as dbt's {@code _recursively_prepend_ctes} does: for each ephemeral the
 * node refs (in ref order), first that ephemeral's own CTEs, then the ephemeral itself; an id already
 * present keeps its first position. The result is deepest-first and names each ephemeral once, so
 * {@code a -> [b, c], b -> [c]} gives {@code [c, b]}.
 */
public final class CteCollector {
    private final Function<String, Optional<EphemeralSource>> lookup;

    private CteCollector(Function<String, Optional<EphemeralSource>> lookup) {
        this.lookup = lookup;
    }

    /** A collector that finds ephemerals through {@code lookup} (empty when the id is not a compiled ephemeral). */
    public static CteCollector using(Function<String, Optional<EphemeralSource>> lookup) {
        return new CteCollector(requireNonNull(lookup, "lookup is null"));
    }

    /** The ordered, de-duplicated CTEs for a node whose SQL refs {@code directEphemeralIds}. */
    public List<Cte> collect(List<String> directEphemeralIds) {
        requireNonNull(directEphemeralIds, "directEphemeralIds is null");
        Map<String, Cte> collected = new LinkedHashMap<>();
        Set<String> inProgress = new LinkedHashSet<>();
        for (String id : directEphemeralIds) {
            visit(id, collected, inProgress);
        }
        return List.copyOf(collected.values());
    }

    private void visit(String id, Map<String, Cte> collected, Set<String> inProgress) {
        if (collected.containsKey(id)) {
            return;
        }
        if (!inProgress.add(id)) {
            List<String> cycle = new ArrayList<>(inProgress);
            cycle = cycle.subList(cycle.indexOf(id), cycle.size());
            throw new GluedbtException(ErrorCode.DEPENDENCY_CYCLE,
                    "ephemeral models form a cycle: " + String.join(" -> ", cycle) + " -> " + id);
        }
        EphemeralSource source = lookup.apply(id).orElseThrow(() -> new GluedbtException(ErrorCode.INTERNAL,
                "during compilation, found a CTE reference that could not be resolved: " + id));
        for (String dependency : source.ephemeralDependencies()) {
            visit(dependency, collected, inProgress);
        }
        inProgress.remove(id);
        collected.put(id, Cte.forEphemeral(id, source.identifier(), source.compiledSql()));
    }
}
