package io.gluedbt.cli;

import java.util.regex.Pattern;

/**
 * The blog queries its tables from Athena, where names are double-quoted ({@code "schema"."table"}); Spark
 * reads double quotes as strings. Inline queries get qualified double-quoted names turned into backticks,
 * so the blog's query runs unchanged on the embedded engine.
 */
final class AthenaNames {
    private static final Pattern QUALIFIED = Pattern.compile("\"(\\w+)\"\\s*\\.\\s*\"(\\w+)\"");

    private AthenaNames() {}

    static String toSpark(String sql) {
        return QUALIFIED.matcher(sql).replaceAll("`$1`.`$2`");
    }
}
