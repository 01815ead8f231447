package io.gluedbt.cli;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Relation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blog queries its tables from Athena, where names are double-quoted ({@code "schema"."table"}) and
 * Iceberg tables are read straight from the Glue catalog. On Spark double quotes make strings and Iceberg
 * tables live in the {@code glue_catalog} catalog, so inline queries get qualified double-quoted names
 * turned into backticks, and names of existing Iceberg tables prefixed with {@code glue_catalog}: the blog's
 * query runs unchanged on the embedded engine.
 */
final class AthenaNames {
    private static final Pattern QUOTED = Pattern.compile("\"(\\w+)\"\\s*\\.\\s*\"(\\w+)\"");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.`])`?(\\w+)`?\\.`?(\\w+)`?(?![\\w.`(])");

    private AthenaNames() {}

    static String toSpark(String sql, CatalogView catalog) {
        String backticked = QUOTED.matcher(sql).replaceAll("`$1`.`$2`");
        Matcher matcher = QUALIFIED.matcher(backticked);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Relation relation = Relation.table(matcher.group(1), matcher.group(2));
            boolean iceberg = catalog.getRelation(null, relation.getSchema(), relation.getIdentifier()).isPresent()
                    && catalog.tableFormat(relation).filter("iceberg"::equals).isPresent();
            String replacement = iceberg ? "glue_catalog." + matcher.group() : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
