package io.gluedbt.compiler.jinja.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test support: a Jinjava set up as the compiler will, rendering with dbt's context objects. */
final class JinjaRendering {
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2024-03-05T06:07:08.123456Z"), ZoneOffset.UTC);

    final List<String> logged = new ArrayList<>();
    private final Jinjava jinjava;

    JinjaRendering() {
        jinjava = new Jinjava(DbtJinjavaConfig.builder().build());
        DbtBuiltins.install(jinjava);
    }

    RenderResult renderForResult(String template) {
        return renderForResult(template, Map.of());
    }

    RenderResult renderForResult(String template, Map<String, Object> extraContext) {
        Map<String, Object> context = new LinkedHashMap<>(
                DbtBuiltins.contextObjects((level, message) -> logged.add(level + " " + message), FIXED_CLOCK));
        context.put("s", "hello world");
        context.put("l", new ArrayList<>(List.of(3, 1, 2)));
        context.put("d", new LinkedHashMap<>(Map.of("a", 1)));
        context.putAll(extraContext);
        return jinjava.renderForResult(template, context);
    }

    String render(String template) {
        RenderResult result = renderForResult(template);
        assertThat(result.getErrors()).as("errors rendering %s", template).isEmpty();
        return result.getOutput();
    }

    void assertRenders(String template, String expected) {
        assertThat(render(template)).as(template).isEqualTo(expected);
    }

    /** The first error's message and its exception's cause messages: how a Python exception surfaces. */
    String renderError(String template) {
        RenderResult result = renderForResult(template);
        assertThat(result.getErrors()).as("errors rendering %s", template).isNotEmpty();
        TemplateError error = result.getErrors().get(0);
        StringBuilder messages = new StringBuilder(error.getMessage());
        for (Throwable cause = error.getException(); cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            messages.append(" | ").append(cause.getMessage());
        }
        return messages.toString();
    }
}
