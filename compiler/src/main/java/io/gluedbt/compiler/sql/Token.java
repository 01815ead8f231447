package io.gluedbt.compiler.sql;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One lexical token. {@code start}/{@code end} are character offsets into the tokenized text (end
 * exclusive), {@code line} is 1-based, and {@code depth} is the number of parentheses enclosing the
 * token (an opening or closing parenthesis has the depth of its surroundings).
 */
public record Token(TokenType type, String text, int start, int end, int line, int depth) {
    public Token {
        requireNonNull(type, "type is null");
        requireNonNull(text, "text is null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid token range " + start + ".." + end);
        }
    }

    /** True for a bare word equal to {@code keyword}, ignoring case. */
    public boolean isKeyword(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    public String upperText() {
        return text.toUpperCase(Locale.ROOT);
    }
}
