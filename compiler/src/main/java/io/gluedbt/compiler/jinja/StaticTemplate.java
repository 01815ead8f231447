package io.gluedbt.compiler.jinja;

import io.gluedbt.compiler.model.RefCall;
import io.gluedbt.compiler.model.SourceCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dbt's "static parser" idea: a template whose only Jinja is {@code {{ ref('x') }}}, {@code {{ source('a', 'b') }}}
 * and {@code {{ config(k=literal, ...) }}} is parsed and compiled without a Jinja render. It renders exactly
 * what Jinja would: the text, relations for refs and sources, nothing for config.
 */
public final class StaticTemplate {
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern REF = Pattern.compile("\\s*ref\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*(?:,\\s*(['\"])([\\w.\\-]+)\\3\\s*)?\\)\\s*");
    private static final Pattern SOURCE = Pattern.compile("\\s*source\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*,\\s*(['\"])([\\w.\\-]+)\\3\\s*\\)\\s*");
    private static final Pattern CONFIG = Pattern.compile("\\s*config\\((.*)\\)\\s*", Pattern.DOTALL);

    private final List<Object> parts;

    private StaticTemplate(List<Object> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The template's parts, or empty when it needs a real Jinja render. */
    public static Optional<StaticTemplate> parse(String template) {
        if (template.contains("{%") || template.contains("{#")) {
            return Optional.empty();
        }
        List<Object> parts = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(template);
        int last = 0;
        while (matcher.find()) {
            String expression = matcher.group(1);
            if (expression.startsWith("-") || expression.endsWith("-")) {
                return Optional.empty();
            }
            Object part = part(expression);
            if (part == null) {
                return Optional.empty();
            }
            if (matcher.start() > last) {
                parts.add(template.substring(last, matcher.start()));
            }
            parts.add(part);
            last = matcher.end();
        }
        String rest = template.substring(last);
        if (rest.contains("{{") || rest.contains("}}")) {
            return Optional.empty();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return Optional.of(new StaticTemplate(parts));
    }

    private static Object part(String expression) {
        Matcher ref = REF.matcher(expression);
        if (ref.matches()) {
            return ref.group(4) == null ? RefCall.of(ref.group(2)) : new RefCall(ref.group(2), ref.group(4), null);
        }
        Matcher source = SOURCE.matcher(expression);
        if (source.matches()) {
            return new SourceCall(source.group(2), source.group(4));
        }
        Matcher config = CONFIG.matcher(expression);
        if (config.matches()) {
            return PythonLiteral.keywordArguments(config.group(1)).map(ConfigCall::new).orElse(null);
        }
        return null;
    }

    /** Applies the template to a scope: refs, sources and config calls in order; returns the rendered text. */
    public String render(NodeScope scope) {
        StringBuilder output = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String text) {
                output.append(text);
            } else if (part instanceof RefCall ref) {
                output.append(scope.ref(ref).render());
            } else if (part instanceof SourceCall source) {
                output.append(scope.source(source).render());
            } else if (part instanceof ConfigCall config) {
                scope.config(config.values());
            }
        }
        return output.toString();
    }

    /** A literal {@code config(...)} call. */
    private record ConfigCall(Map<String, Object> values) {}
}
