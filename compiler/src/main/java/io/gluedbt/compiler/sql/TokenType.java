package io.gluedbt.compiler.sql;

/** The kinds of lexical tokens {@link SqlTokenizer} produces (Spark SQL dialect). */
public enum TokenType {
    /** Spaces, tabs and line breaks. */
    WHITESPACE,
    /** {@code -- ...} up to (not including) the line break. */
    LINE_COMMENT,
    /** {@code /* ... *}{@code /}, nested as Spark allows. */
    BLOCK_COMMENT,
    /** {@code '...'} or {@code "..."} with backslash escapes. */
    STRING,
    /** {@code `...`} with {@code ``} as an escaped backtick. */
    QUOTED_IDENTIFIER,
    /** Integer, decimal or exponent literal, with an optional type suffix ({@code 10L}, {@code 1.5BD}). */
    NUMBER,
    /** A bare word: keyword or identifier (letters, digits, underscore). */
    WORD,
    OPEN_PAREN,
    CLOSE_PAREN,
    SEMICOLON,
    /** Any other single character: operators, commas, dots. */
    PUNCTUATION;

    public boolean isTrivia() {
        return this == WHITESPACE || this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
