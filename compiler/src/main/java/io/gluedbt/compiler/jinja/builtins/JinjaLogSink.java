package io.gluedbt.compiler.jinja.builtins;

/**
 * Where template output of {@code log()}, {@code print()} and {@code exceptions.warn()} goes. The caller
 * (the compiler) decides how to show it, as dbt shows INFO messages and hides DEBUG ones by default.
 */
@FunctionalInterface
public interface JinjaLogSink {
    void log(JinjaLogLevel level, String message);

    /** A sink that drops every message. */
    static JinjaLogSink discarding() {
        return (level, message) -> {};
    }
}
