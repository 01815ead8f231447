package io.gluedbt.functions.pipeline;

import io.gluedbt.compiler.engine.SqlStatement;
import java.util.Locale;
import java.util.Set;

/**
 * Which ready node may ride in a lane's statement next to the node it claimed (the lead), running side by side in
 * the session: both have a previous timing, the rider is expected to take no longer than the lead, and waiting for
 * the lead's end does not make the rider's path to the end of the run longer than the lead's (its dependents start
 * when the statement ends, so the rider must have that much slack). Nodes whose statements change the session's own
 * state ({@code SET}, {@code USE}, ...) never share a statement: the change would reach the other node's SQL.
 */
final class Riders {
    private static final Set<String> SESSION_COMMANDS = Set.of("SET", "RESET", "USE", "ADD", "CACHE", "UNCACHE", "CLEAR");

    private Riders() {}

    static boolean mayRide(PlannedNode lead, PlannedNode candidate) {
        return lead.estimateSeconds() > 0 && candidate.estimateSeconds() > 0 && candidate.compileError() == null
                && candidate.estimateSeconds() <= lead.estimateSeconds()
                && candidate.pathSeconds() - candidate.estimateSeconds() + lead.estimateSeconds() <= lead.pathSeconds()
                && sessionNeutral(lead) && sessionNeutral(candidate);
    }

    /** No statement of the node starts with a command that changes the session (comments and blanks skipped). */
    static boolean sessionNeutral(PlannedNode node) {
        return node.statements().stream().map(SqlStatement::sql).map(Riders::firstWord).noneMatch(SESSION_COMMANDS::contains);
    }

    static String firstWord(String sql) {
        int index = 0;
        while (index < sql.length()) {
            if (Character.isWhitespace(sql.charAt(index))) {
                index++;
            } else if (sql.startsWith("--", index)) {
                int end = sql.indexOf('\n', index);
                index = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", index)) {
                int end = sql.indexOf("*/", index + 2);
                index = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        int end = index;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return sql.substring(index, end).toUpperCase(Locale.ROOT);
    }
}
