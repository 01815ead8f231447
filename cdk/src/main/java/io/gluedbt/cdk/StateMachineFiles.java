package io.gluedbt.cdk;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ASL files in statemachine/ and their {@code ${Name}} placeholders (CloudFormation DefinitionSubstitutions). */
public final class StateMachineFiles {
    /** The parent machine: compile (the sessions start meanwhile), run the lanes, finalize. */
    public static final String RUN = "gluedbt.asl.json";
    /** The child machine started per lane (one per session), again after each hand-over. */
    public static final String LANE = "lane.asl.json";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private StateMachineFiles() {
    }

    /** The placeholder names in {@code definition}, sorted. */
    public static SortedSet<String> placeholders(String definition) {
        SortedSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(definition);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** {@code definition} with each {@code ${Name}} replaced by its value; a placeholder without a value is an error. */
    public static String substitute(String definition, Map<String, String> values) {
        Map<String, String> sorted = new TreeMap<>(values);
        Matcher matcher = PLACEHOLDER.matcher(definition);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = sorted.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no substitution for ${" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
