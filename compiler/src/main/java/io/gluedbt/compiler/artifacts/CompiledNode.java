package io.gluedbt.compiler.artifacts;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.sql.Cte;
import java.util.List;

/**
 * The compile results of one node. A node without one is written as dbt's parse writes it:
 * {@code compiled}, {@code compiled_code} and the CTE fields are left out.
 *
 * @param compiledCode the SQL with ephemeral CTEs injected
 * @param compiledPath {@code target/compiled/<project>/models/...sql}, or null
 * @param extraCtes the injected CTEs, in injection order
 */
public record CompiledNode(String uniqueId, String compiledCode, String compiledPath, List<Cte> extraCtes) {
    public CompiledNode {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(compiledCode, "compiledCode is null");
        extraCtes = extraCtes == null ? List.of() : List.copyOf(extraCtes);
    }
}
