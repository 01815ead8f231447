package io.gluedbt.system;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One model (a view) of a {@link BenchProject}.
 *
 * @param name the model name (its file name without .sql)
 * @param layer {@code staging}, {@code intermediate_<level>} or {@code marts}
 * @param parents the models it refs, in ref order
 * @param seconds what its statement costs, in simulated seconds (a sleep the endpoint injects)
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
     * The model's SQL (a view over every parent): it carries the marker {@code /* gluedbt-bench sleep_ms=N *}{@code /}
     * with N = {@code seconds / timeScale} in real milliseconds, which the bench's local Glue endpoint sleeps when a
     * statement passes the SQL to Spark, whichever tool sent it; Spark's own work stays a catalog change.
     */
    String sql(double timeScale) {
        long milliseconds = Math.max(1, Math.round(seconds * 1000 / timeScale));
        String input = parents.isEmpty() ? "range(" + (name.hashCode() & 0xff) + ")"
                : "(" + String.join(" union all ", parents.stream().map(parent -> "select id from {{ ref('" + parent + "') }}").toList()) + ")";
        return "select n as id /* gluedbt-bench sleep_ms=" + milliseconds + " */\nfrom (select count(*) as n from " + input + ")\n";
    }
}
