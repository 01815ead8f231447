package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One table model of a {@link BenchProject}.
 *
 * @param name the model name (its file name without .sql)
 * @param layer {@code staging}, {@code intermediate_<level>} or {@code marts}
 * @param parents the models it refs, in ref order
 * @param seconds what its statement costs, in simulated seconds (injected as a sleep in its SQL)
 */
record BenchModel(String name, String layer, List<String> parents, double seconds) {
    BenchModel {
        requireNonNull(name, "name is null");
        requireNonNull(layer, "layer is null");
        parents = List.copyOf(parents);
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("seconds must be positive: " + seconds);
        }
    }

    /**
     * The model's SQL: one row whose computation sleeps {@code seconds / timeScale} real seconds once, when Spark runs
     * the query (not when it only plans it, e.g. under LIMIT 0), after reading every parent.
     */
    String sql(double timeScale) {
        long milliseconds = Math.max(1, Math.round(seconds * 1000 / timeScale));
        String input = parents.isEmpty() ? "range(" + (name.hashCode() & 0xff) + ")"
                : "(" + String.join(" union all ", parents.stream().map(parent -> "select id from {{ ref('" + parent + "') }}").toList()) + ")";
        return "select n as id, reflect('java.lang.Thread', 'sleep', cast(" + milliseconds + " as bigint)) as slept\nfrom (select count(*) as n from "
                + input + ")\n";
    }
}
