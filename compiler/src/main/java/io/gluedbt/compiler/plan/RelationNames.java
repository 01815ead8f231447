package io.gluedbt.compiler.plan;

/** How statements name relations and literals. */
final class RelationNames {
    private RelationNames() {}

    /**
     * {@code schema.alias}; Iceberg tables go through the Iceberg catalog when one is configured
     * ({@code glue_catalog.schema.alias}), as dbt-glue's {@code glue__make_target_relation} does.
     */
    static String qualified(PlanContext context, TableFormat format, String schema, String alias) {
        if (format == TableFormat.ICEBERG && context.icebergCatalog().isPresent()) {
            return context.icebergCatalog().get() + "." + schema + "." + alias;
        }
        return schema + "." + alias;
    }

    /** A Spark SQL string literal: single quotes, backslash and quote escaped. */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A back-quoted identifier. */
    static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
