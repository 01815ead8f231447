package io.gluedbt.compiler.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link CteCollector} needs to know about one compiled ephemeral model.
 *
 * @param id the ephemeral's unique id
 * @param identifier its relation identifier (alias); the CTE is named {@code __dbt__cte__<identifier>}
 * @param compiledSql its compiled SQL, before any CTE injection
 * @param ephemeralDependencies unique ids of the ephemerals it refs, in the order its SQL refs them
 */
public record EphemeralSource(String id, String identifier, String compiledSql, List<String> ephemeralDependencies) {
    public EphemeralSource {
        requireNonNull(id, "id is null");
        requireNonNull(identifier, "identifier is null");
        requireNonNull(compiledSql, "compiledSql is null");
        ephemeralDependencies = List.copyOf(requireNonNull(ephemeralDependencies, "ephemeralDependencies is null"));
    }
}
