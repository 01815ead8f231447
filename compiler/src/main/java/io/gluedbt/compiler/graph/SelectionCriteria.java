package io.gluedbt.compiler.graph;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One selection criterion: a method with its arguments ({@code config.materialized}), a value with
 * optional {@code *} wildcards, and graph operators ({@code 2+x+}, {@code @x}).
 *
 * @param raw the text (or YAML) it was parsed from, for messages
 * @param parents {@code +x}: ancestors up to this depth ({@link Depth#NONE} when absent)
 * @param children {@code x+}: descendants up to this depth ({@link Depth#NONE} when absent)
 * @param childrensParents {@code @x}: descendants and all the ancestors of those descendants
 */
public record SelectionCriteria(
        String raw,
        MethodName method,
        List<String> arguments,
        String value,
        Depth parents,
        Depth children,
        boolean childrensParents,
        Optional<IndirectSelection> indirectSelection) implements SelectionSpec {

    private static final Pattern RAW_SELECTOR = Pattern.compile(
            "\\A(?<at>@)?(?<parents>(?<parentsDepth>\\d*)\\+)?((?<method>[\\w.]+):)?(?<value>.*?)"
                    + "(?<children>\\+(?<childrenDepth>\\d*))?\\z", Pattern.DOTALL);

    public SelectionCriteria {
        requireNonNull(raw, "raw is null");
        requireNonNull(method, "method is null");
        arguments = List.copyOf(requireNonNull(arguments, "arguments is null"));
        requireNonNull(value, "value is null");
        requireNonNull(parents, "parents is null");
        requireNonNull(children, "children is null");
        requireNonNull(indirectSelection, "indirectSelection is null");
        if (childrensParents && !children.isNone()) {
            throw invalid("Invalid node spec " + raw + " - \"@\" prefix and \"+\" suffix are incompatible");
        }
    }

    /** One command-line word without commas or spaces, such as {@code +path:models/gold+1}. */
    public static SelectionCriteria parse(String raw) {
        Matcher matcher = RAW_SELECTOR.matcher(raw);
        if (!matcher.matches()) {
            throw invalid("Invalid selector spec \"" + raw + "\"");
        }
        String value = matcher.group("value");
        String methodText = matcher.group("method");
        MethodName method;
        List<String> arguments;
        if (methodText == null) {
            method = defaultMethod(value);
            arguments = List.of();
        } else {
            List<String> parts = Arrays.asList(methodText.split("\\.", -1));
            method = MethodName.fromDbtName(parts.get(0), raw);
            arguments = parts.subList(1, parts.size());
        }
        Depth parents = matcher.group("parents") == null ? Depth.NONE : depth(matcher.group("parentsDepth"), raw);
        Depth children = matcher.group("children") == null ? Depth.NONE : depth(matcher.group("childrenDepth"), raw);
        return new SelectionCriteria(raw, method, arguments, value, parents, children, matcher.group("at") != null,
                Optional.empty());
    }

    /** The YAML dictionary form: {@code method}, {@code value}, {@code parents}, {@code parents_depth}, ... */
    static SelectionCriteria fromDefinition(String raw, Map<String, Object> definition) {
        if (!definition.containsKey("value")) {
            throw invalid("Invalid node spec \"" + raw + "\" - no search value!");
        }
        String methodText = String.valueOf(definition.get("method"));
        List<String> parts = Arrays.asList(methodText.split("\\.", -1));
        MethodName method = MethodName.fromDbtName(parts.get(0), raw);
        Depth parents = isTrue(definition.get("parents")) ? yamlDepth(definition.get("parents_depth"), raw) : Depth.NONE;
        Depth children = isTrue(definition.get("children")) ? yamlDepth(definition.get("children_depth"), raw) : Depth.NONE;
        Optional<IndirectSelection> indirect = Optional.ofNullable(definition.get("indirect_selection"))
                .map(mode -> IndirectSelection.named(String.valueOf(mode)));
        return new SelectionCriteria(raw, method, parts.subList(1, parts.size()), String.valueOf(definition.get("value")),
                parents, children, isTrue(definition.get("childrens_parents")), indirect);
    }

    /** dbt's default method: a value with a slash is a path, one ending in .sql/.py/.csv a file, anything else an fqn. */
    static MethodName defaultMethod(String value) {
        if (value.contains("/")) {
            return MethodName.PATH;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sql") || lower.endsWith(".py") || lower.endsWith(".csv")) {
            return MethodName.FILE;
        }
        return MethodName.FQN;
    }

    private static Depth depth(String digits, String raw) {
        if (digits == null || digits.isEmpty()) {
            return Depth.UNLIMITED;
        }
        try {
            return Depth.of(Integer.parseInt(digits));
        } catch (NumberFormatException exception) {
            throw invalid("Invalid node spec - could not handle parent depth " + digits + " in " + raw);
        }
    }

    /** As dbt: a missing (or zero, which Python treats as false) YAML depth means unlimited. */
    private static Depth yamlDepth(Object value, String raw) {
        return value == null ? Depth.UNLIMITED : depth(String.valueOf(value).equals("0") ? "" : String.valueOf(value), raw);
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean bool ? bool : value != null && Boolean.parseBoolean(String.valueOf(value));
    }

    private static GluedbtException invalid(String message) {
        return new GluedbtException(ErrorCode.SELECTOR_INVALID, message);
    }

    /** The method as typed: {@code config.materialized}. */
    public String methodText() {
        return arguments.isEmpty() ? method.dbtName() : method.dbtName() + "." + String.join(".", arguments);
    }
}
