package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.interpret.TemplateError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Jinjava template errors fail a render, and their wording for dbt users. Jinjava only warns about an
 * unclosed {@code {{}, {@code {%} or comment and about a stray end tag and renders them as text; Jinja2 (and so
 * dbt) rejects them, and so do we.
 */
final class TemplateFailures {
    private static final Set<String> FAILING_WARNINGS = Set.of("Unclosed token", "Unclosed comment", "Missing start tag");
    private static final Pattern MISSING_END_TAG = Pattern.compile("Missing end tag: (\\w+) for tag defined as: (.*)", Pattern.DOTALL);
    private static final Pattern MISMATCHED_END_TAG = Pattern.compile("Syntax error in '(.*)': Mismatched end tag, expected: (\\w+)", Pattern.DOTALL);

    private TemplateFailures() {}

    static boolean fails(TemplateError error) {
        return error.getSeverity() == TemplateError.ErrorType.FATAL
                || error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR && FAILING_WARNINGS.contains(error.getMessage());
    }

    static Optional<TemplateError> first(List<TemplateError> errors) {
        return errors.stream().filter(TemplateFailures::fails).findFirst();
    }

    /** The 1-based line of {@code template} the error belongs to: for an unclosed delimiter, the line that opens it. */
    static int line(TemplateError error, String template) {
        if (isUnclosed(error)) {
            int opener = unclosedOpener(template);
            if (opener >= 0) {
                return lineOf(template, opener);
            }
        }
        return error.getLineno();
    }

    /** The message for the user: what is wrong and, for the common syntax slips, what to add or remove. */
    static String message(TemplateError error, String template) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (isUnclosed(error)) {
            int opener = unclosedOpener(template);
            String open = opener >= 0 ? template.substring(opener, opener + 2) : message.equals("Unclosed comment") ? "{#" : "{{";
            return switch (open) {
                case "{%" -> "'{%' is never closed: add '%}' to end the tag";
                case "{#" -> "'{#' is never closed: add '#}' to end the comment";
                default -> "'{{' is never closed: add '}}' to end the expression";
            };
        }
        if (message.equals("Missing start tag") && error.getFieldName() != null && error.getFieldName().startsWith("end")) {
            String end = error.getFieldName();
            return "{% " + end + " %} has no matching {% " + end.substring(3) + " %}: remove it or open the block";
        }
        Matcher missingEnd = MISSING_END_TAG.matcher(message);
        if (missingEnd.find()) {
            return missingEnd.group(2).strip() + " is never closed: add {% " + missingEnd.group(1) + " %} where the block ends";
        }
        Matcher mismatched = MISMATCHED_END_TAG.matcher(message);
        if (mismatched.find()) {
            return mismatched.group(1) + " does not match the innermost open block, which needs {% " + mismatched.group(2) + " %} first";
        }
        return message;
    }

    private static boolean isUnclosed(TemplateError error) {
        return error.getSeverity() != TemplateError.ErrorType.FATAL
                && ("Unclosed token".equals(error.getMessage()) || "Unclosed comment".equals(error.getMessage()));
    }

    /** The index of the first {@code {{}, {@code {%} or {@code {#} without its closing delimiter, or -1. */
    static int unclosedOpener(String template) {
        int position = 0;
        while (true) {
            int open = template.indexOf('{', position);
            if (open < 0 || open + 1 >= template.length()) {
                return -1;
            }
            char kind = template.charAt(open + 1);
            if (kind != '{' && kind != '%' && kind != '#') {
                position = open + 1;
                continue;
            }
            String closer = kind == '{' ? "}}" : kind == '%' ? "%}" : "#}";
            int close = template.indexOf(closer, open + 2);
            if (close < 0) {
                return open;
            }
            position = close + 2;
            if (kind == '%' && template.substring(open + 2, close).replace("-", "").strip().equals("raw")) {
                Matcher endRaw = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}").matcher(template);
                if (!endRaw.find(position)) {
                    return open;
                }
                position = endRaw.end();
            }
        }
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int position = 0; position < index; position++) {
            if (text.charAt(position) == '\n') {
                line++;
            }
        }
        return line;
    }
}
