package io.gluedbt.compiler.jinja.builtins;

/** The level of a message a template logged: {@code log(msg)} is DEBUG, {@code log(msg, info=True)} and {@code print} INFO, {@code exceptions.warn} WARN. */
public enum JinjaLogLevel {
    DEBUG,
    INFO,
    WARN
}
