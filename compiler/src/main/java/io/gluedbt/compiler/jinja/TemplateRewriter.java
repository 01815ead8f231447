package io.gluedbt.compiler.jinja;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source rewrites that let Jinjava run dbt's Jinja2 idioms it cannot parse:
 * {@code adapter.dispatch('x', 'ns')(a, b=1)} (calling a call's result) becomes
 * {@code __dbt_dispatch_call(adapter.dispatch('x', 'ns'), a, b=1)}, and {@code {% test name(...) %}}
 * blocks become {@code {% macro test_name(...) %}}, and a dict literal closing inside an expression
 * ({@code config(tags={'a': {'b': 1}})}) gets a space between its closing braces, since Jinjava (unlike
 * Jinja2's lexer, which balances brackets) would end the expression at the first {@code }}}.
 * Offsets of lines are preserved (no newlines added or removed).
 */
final class TemplateRewriter {
    private static final String DISPATCH = "adapter.dispatch(";
    private static final Pattern TEST_OPEN = Pattern.compile("\\{%(-?)(\\s*)test(\\s+)([A-Za-z_]\\w*)");
    private static final Pattern TEST_CLOSE = Pattern.compile("\\{%(-?)(\\s*)endtest(\\s*)(-?)%}");
    private static final Pattern MATERIALIZATION = Pattern.compile(
            "\\{%-?\\s*materialization\\s.*?\\{%-?\\s*endmaterialization\\s*-?%}", Pattern.DOTALL);

    private TemplateRewriter() {}

    static String rewrite(String template) {
        String result = template.contains("}}") ? separateNestedClosingBraces(template) : template;
        if (result.contains("adapter.dispatch")) {
            result = rewriteDispatchCalls(result);
        }
        if (result.contains("test")) {
            result = TEST_OPEN.matcher(result).replaceAll("{%$1$2macro$3test_$4");
            result = TEST_CLOSE.matcher(result).replaceAll("{%$1$2endmacro$3$4%}");
        }
        if (result.contains("materialization")) {
            Matcher matcher = MATERIALIZATION.matcher(result);
            StringBuilder builder = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(builder, Matcher.quoteReplacement(newlinesOnly(matcher.group())));
            }
            matcher.appendTail(builder);
            result = builder.toString();
        }
        return result;
    }

    /** Inserts a space after a '}' that closes a bracket inside {@code {{ }}} or {@code {% %}} when another '}' follows. */
    static String separateNestedClosingBraces(String template) {
        java.util.List<Integer> insertions = new java.util.ArrayList<>();
        int length = template.length();
        int index = 0;
        while (index < length - 1) {
            char current = template.charAt(index);
            char next = template.charAt(index + 1);
            if (current == '{' && next == '#') {
                int end = template.indexOf("#}", index + 2);
                index = end < 0 ? length : end + 2;
                continue;
            }
            if (current != '{' || (next != '{' && next != '%')) {
                index++;
                continue;
            }
            index = scanExpression(template, index + 2, next == '{' ? '}' : '%', insertions) + 2;
        }
        if (insertions.isEmpty()) {
            return template;
        }
        StringBuilder out = new StringBuilder(length + insertions.size());
        int copied = 0;
        for (int position : insertions) {
            out.append(template, copied, position).append(' ');
            copied = position;
        }
        return out.append(template, copied, length).toString();
    }

    /** Scans one expression or tag body from {@code position}; returns the index of its closer. */
    private static int scanExpression(String template, int position, char closer, java.util.List<Integer> insertions) {
        int length = template.length();
        int depth = 0;
        char quote = 0;
        for (; position < length; position++) {
            char character = template.charAt(position);
            boolean braceFollows = position + 1 < length && template.charAt(position + 1) == '}';
            if (quote != 0) {
                if (character == '\\') {
                    position++;
                } else if (character == quote) {
                    quote = 0;
                }
            } else if (character == '\'' || character == '"') {
                quote = character;
            } else if (depth == 0 && character == closer && braceFollows) {
                return position;
            } else if (character == '{' || character == '[' || character == '(') {
                depth++;
            } else if (character == '}' || character == ']' || character == ')') {
                depth = Math.max(0, depth - 1);
                if (character == '}' && braceFollows) {
                    insertions.add(position + 1);
                }
            }
        }
        return length;
    }

    private static String newlinesOnly(String text) {
        return text.replaceAll("[^\\n]", "");
    }

    private static String rewriteDispatchCalls(String template) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int position = 0;
        while (true) {
            int start = template.indexOf(DISPATCH, position);
            if (start < 0) {
                out.append(template, position, template.length());
                return out.toString();
            }
            int close = matchingParenthesis(template, start + DISPATCH.length() - 1);
            int next = close < 0 ? -1 : skipSpaces(template, close + 1);
            if (close < 0 || next >= template.length() || template.charAt(next) != '(') {
                out.append(template, position, start + DISPATCH.length());
                position = start + DISPATCH.length();
                continue;
            }
            out.append(template, position, start);
            out.append("__dbt_dispatch_call(").append(template, start, close + 1);
            int afterOpen = skipSpaces(template, next + 1);
            if (afterOpen < template.length() && template.charAt(afterOpen) == ')') {
                out.append(')');
                position = afterOpen + 1;
            } else {
                out.append(", ");
                position = next + 1;
            }
        }
    }

    private static int skipSpaces(String text, int index) {
        int position = index;
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
        return position;
    }

    /** Index of the parenthesis closing the one at {@code open}, skipping quoted strings; -1 if none. */
    static int matchingParenthesis(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int index = open; index < text.length(); index++) {
            char current = text.charAt(index);
            if (quote != 0) {
                if (current == '\\') {
                    index++;
                } else if (current == quote) {
                    quote = 0;
                }
            } else if (current == '\'' || current == '"') {
                quote = current;
            } else if (current == '(') {
                depth++;
            } else if (current == ')') {
                depth--;
                if (depth == 0) {
                    return index;
                }
            }
        }
        return -1;
    }
}
