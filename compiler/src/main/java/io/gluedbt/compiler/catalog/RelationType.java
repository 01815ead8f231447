package io.gluedbt.compiler.catalog;

import java.util.Locale;

/** What a relation is; {@code CTE} is an ephemeral model inlined as {@code __dbt__cte__name}. */
public enum RelationType {
    TABLE, VIEW, CTE, EXTERNAL;

    public String dbtName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
