package io.gluedbt.compiler.jinja;

import static java.util.Objects.requireNonNull;

/**
 * A top-level block of a dbt file: {@code macro}, {@code test}, {@code docs}, {@code snapshot} or
 * {@code materialization}.
 *
 * @param kind the tag name
 * @param name the block's name ({@code my_macro} of {@code {% macro my_macro(a, b) %}})
 * @param arguments the raw argument list text, without parentheses ("" when none)
 * @param fullText the block from its opening tag to its closing tag, inclusive
 * @param body the text between the tags
 * @param line the 1-based line of the opening tag
 */
public record Block(String kind, String name, String arguments, String fullText, String body, int line) {
    public Block {
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(arguments, "arguments is null");
        requireNonNull(fullText, "fullText is null");
        requireNonNull(body, "body is null");
    }
}
