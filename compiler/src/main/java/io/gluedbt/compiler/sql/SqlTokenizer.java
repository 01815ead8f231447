package io.gluedbt.compiler.sql;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexer for Spark SQL that knows exactly as much as injection and statement splitting need: strings
 * ({@code '..'}, {@code ".."}, backslash escapes, Spark 3.5 raw {@code r'..'}), backtick identifiers
 * ({@code ``} escapes a backtick), {@code --} and nested {@code /* *}{@code /} comments, numbers, words,
 * parentheses with their depth, semicolons and other punctuation.
 *
 * <p>The tokens cover the input contiguously, so concatenating their texts gives the input back. The
 * lexer is lenient: an unterminated string or comment runs to the end of the text (the engine reports
 * the syntax error with its own position), and a stray closing parenthesis never makes the depth negative.
 */
public final class SqlTokenizer {
    private static final Pattern NUMBER = Pattern.compile(
            "(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?(?:BD|bd|[LlSsYyDdFf])?");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int position;
    private int line = 1;
    private int depth;

    private SqlTokenizer(String text) {
        this.text = text;
    }

    /** All tokens of {@code sql}, whitespace and comments included, in order. */
    public static List<Token> tokenize(String sql) {
        SqlTokenizer tokenizer = new SqlTokenizer(requireNonNull(sql, "sql is null"));
        tokenizer.run();
        return Collections.unmodifiableList(tokenizer.tokens);
    }

    private void run() {
        while (position < text.length()) {
            char current = text.charAt(position);
            char next = position + 1 < text.length() ? text.charAt(position + 1) : '\0';
            if (Character.isWhitespace(current)) {
                scanWhile(TokenType.WHITESPACE);
            } else if (current == '-' && next == '-') {
                int end = text.indexOf('\n', position);
                emit(TokenType.LINE_COMMENT, end < 0 ? text.length() : end);
            } else if (current == '/' && next == '*') {
                emit(TokenType.BLOCK_COMMENT, blockCommentEnd());
            } else if (current == '\'' || current == '"') {
                emit(TokenType.STRING, stringEnd(position, true));
            } else if ((current == 'r' || current == 'R') && (next == '\'' || next == '"')) {
                emit(TokenType.STRING, stringEnd(position + 1, false));
            } else if (current == '`') {
                emit(TokenType.QUOTED_IDENTIFIER, backtickEnd());
            } else if (Character.isDigit(current) || (current == '.' && Character.isDigit(next))) {
                scanNumberOrWord();
            } else if (isWordCharacter(current)) {
                emit(TokenType.WORD, wordEnd(position));
            } else if (current == '(') {
                emit(TokenType.OPEN_PAREN, position + 1);
                depth++;
            } else if (current == ')') {
                depth = Math.max(0, depth - 1);
                emit(TokenType.CLOSE_PAREN, position + 1);
            } else if (current == ';') {
                emit(TokenType.SEMICOLON, position + 1);
            } else {
                emit(TokenType.PUNCTUATION, position + Character.charCount(text.codePointAt(position)));
            }
        }
    }

    private void emit(TokenType type, int end) {
        String tokenText = text.substring(position, end);
        tokens.add(new Token(type, tokenText, position, end, line, depth));
        for (int index = 0; index < tokenText.length(); index++) {
            if (tokenText.charAt(index) == '\n') {
                line++;
            }
        }
        position = end;
    }

    private void scanWhile(TokenType type) {
        int end = position;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        emit(type, end);
    }

    private int blockCommentEnd() {
        int nesting = 0;
        int index = position;
        while (index < text.length()) {
            if (text.startsWith("/*", index)) {
                nesting++;
                index += 2;
            } else if (text.startsWith("*/", index)) {
                nesting--;
                index += 2;
                if (nesting == 0) {
                    return index;
                }
            } else {
                index++;
            }
        }
        return text.length();
    }

    private int stringEnd(int quoteIndex, boolean backslashEscapes) {
        char quote = text.charAt(quoteIndex);
        int index = quoteIndex + 1;
        while (index < text.length()) {
            char current = text.charAt(index);
            if (backslashEscapes && current == '\\') {
                index += 2;
            } else if (current == quote) {
                return index + 1;
            } else {
                index++;
            }
        }
        return text.length();
    }

    private int backtickEnd() {
        int index = position + 1;
        while (index < text.length()) {
            if (text.charAt(index) == '`') {
                if (index + 1 < text.length() && text.charAt(index + 1) == '`') {
                    index += 2;
                    continue;
                }
                return index + 1;
            }
            index++;
        }
        return text.length();
    }

    private void scanNumberOrWord() {
        Matcher matcher = NUMBER.matcher(text).region(position, text.length());
        int numberEnd = matcher.lookingAt() ? matcher.end() : position + 1;
        int wordEnd = wordEnd(position);
        // Spark identifiers may start with digits (`1st_trip`): a longer word run wins over the number.
        if (wordEnd > numberEnd && text.charAt(position) != '.') {
            emit(TokenType.WORD, wordEnd);
        } else {
            emit(TokenType.NUMBER, numberEnd);
        }
    }

    private int wordEnd(int from) {
        int end = from;
        while (end < text.length() && isWordCharacter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isWordCharacter(char character) {
        return character == '_' || Character.isLetterOrDigit(character);
    }
}
