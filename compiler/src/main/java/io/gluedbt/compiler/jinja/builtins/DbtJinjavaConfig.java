package io.gluedbt.compiler.jinja.builtins;

import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;

/**
 * Jinjava configured for dbt templates (Python Jinja2 semantics). Use {@link #builder()}, add your own
 * options, build, then call {@link DbtBuiltins#install} on the {@code Jinjava} made from it:
 *
 * <pre>{@code
 * Jinjava jinjava = new Jinjava(DbtJinjavaConfig.builder().withFailOnUnknownTokens(false).build());
 * DbtBuiltins.install(jinjava);
 * }</pre>
 *
 * Do not call {@code withElResolver}, {@code withReadOnlyResolver}, {@code withLegacyOverrides} or
 * {@code withInterperterFactory} (sic) afterwards:
 * each replaces what this class set (use {@link #legacyOverrides()} as the base of your own overrides).
 */
public final class DbtJinjavaConfig {
    private DbtJinjavaConfig() {}

    /** A fresh builder as {@link #configure} leaves it. */
    public static JinjavaConfig.Builder builder() {
        return configure(JinjavaConfig.newBuilder());
    }

    /**
     * Adds to an existing builder: the Python method resolver, {@link #legacyOverrides()}, and an interpreter
     * factory that makes {@code {{ x }}} print values as Jinja2 does ({@code True}, {@code ['a', 'b']}).
     */
    public static JinjavaConfig.Builder configure(JinjavaConfig.Builder builder) {
        return builder
                .withElResolver(new PythonMethodResolver(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY))
                .withLegacyOverrides(legacyOverrides())
                .withInterperterFactory(new PythonInterpreterFactory());
    }

    /**
     * The Jinja2-compatible subset of Jinjava's legacy overrides: <code>{% for k in dict %}</code> iterates keys,
     * <code>{k: v}</code> evaluates {@code k}, <code>{{- x -}}</code> and <code>{#- c -#}</code>
     * trim whitespace, and a trim marker must touch its delimiter so <code>{{ -1 }}</code> stays a negative number.
     * Left out on purpose: keeping None loop items (they become a marker that {@code is none} does not
     * recognise), natural operator precedence (it parses <code>not x | length</code> as
     * <code>(not x) | length</code>), required whitespace within tokens (<code>{{x}}</code> must work) and the pyish
     * object mapper (printing is done by the expression strategy installed by {@link DbtBuiltins#install}).
     */
    public static LegacyOverrides legacyOverrides() {
        return LegacyOverrides.newBuilder()
                .withIterateOverMapKeys(true)
                .withEvaluateMapKeys(true)
                .withUseTrimmingForNotesAndExpressions(true)
                .withParseWhitespaceControlStrictly(true)
                .build();
    }
}
