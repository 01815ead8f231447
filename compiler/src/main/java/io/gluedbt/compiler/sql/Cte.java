package io.gluedbt.compiler.sql;

import static java.util.Objects.requireNonNull;

/**
 * An ephemeral model turned into a common table expression.
 *
 * @param id the ephemeral node's unique id ({@code model.nyc_taxi.trips_clean})
 * @param name the CTE name, {@code __dbt__cte__} plus the node's identifier
 * @param sql the ephemeral's own compiled SQL, without any CTEs injected into it
 */
public record Cte(String id, String name, String sql) {
    /** dbt's prefix for ephemeral CTE names ({@code BaseRelation.add_ephemeral_prefix}). */
    public static final String PREFIX = "__dbt__cte__";

    public Cte {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(sql, "sql is null");
    }

    /** A CTE for the ephemeral whose relation identifier (alias) is {@code identifier}. */
    public static Cte forEphemeral(String id, String identifier, String sql) {
        return new Cte(id, PREFIX + identifier, sql);
    }

    /**
     * The text dbt injects and records in manifest.json's {@code extra_ctes[].sql}:
     * a leading space, the name, {@code as (}, a line break, the SQL, a line break and {@code )}.
     */
    public String injectedSql() {
        return " " + name + " as (\n" + sql + "\n)";
    }
}
