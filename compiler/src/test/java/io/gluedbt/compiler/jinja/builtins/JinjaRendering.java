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
        Map<String, Object> context = new LinkedHashMap<>(
                DbtBuiltins.contextObjects((level, message) -> logged.add(level + " " + message), FIXED_CLOCK));
        context.put("s", "hello world");
        context.put("l", new ArrayList<>(List.of(3, 1, 2)));
        context.put("d", new LinkedHashMap<>(Map.of("a", 1)));
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

    /** The message of the single fatal error, as Jinjava reports an exception thrown inside an expression. */
    String renderError(String template) {
        RenderResult result = renderForResult(template);
        assertThat(result.getErrors()).as("errors rendering %s", template).isNotEmpty();
        TemplateError error = result.getErrors().get(0);
        return error.getMessage();
    }
}
