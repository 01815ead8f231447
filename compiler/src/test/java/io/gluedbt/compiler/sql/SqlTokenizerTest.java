package io.gluedbt.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqlTokenizerTest {
    private static List<Token> significant(String sql) {
        return SqlTokenizer.tokenize(sql).stream().filter(token -> token.type() != TokenType.WHITESPACE).toList();
    }

    @Test
    void tokensCoverTheInputContiguously() {
        String sql = "select `a``b`, 'it\\'s', \"q\" -- c\n/* x /* nested */ y */ from t where n >= 1.5e3;";
        List<Token> tokens = SqlTokenizer.tokenize(sql);
        assertThat(tokens.stream().map(Token::text).collect(Collectors.joining())).isEqualTo(sql);
        for (int index = 1; index < tokens.size(); index++) {
            assertThat(tokens.get(index).start()).isEqualTo(tokens.get(index - 1).end());
        }
    }

    @Test
    void recognisesEachKindOfToken() {
        assertThat(significant("select `a``b`, 'it\\'s', \"q\\\"\" -- c\n/* x /* n */ y */ 10L 1.5e3 .5 1st_trip;"))
                .extracting(Token::type, Token::text)
                .containsExactly(
                        tuple(TokenType.WORD, "select"),
                        tuple(TokenType.QUOTED_IDENTIFIER, "`a``b`"),
                        tuple(TokenType.PUNCTUATION, ","),
                        tuple(TokenType.STRING, "'it\\'s'"),
                        tuple(TokenType.PUNCTUATION, ","),
                        tuple(TokenType.STRING, "\"q\\\"\""),
                        tuple(TokenType.LINE_COMMENT, "-- c"),
                        tuple(TokenType.BLOCK_COMMENT, "/* x /* n */ y */"),
                        tuple(TokenType.NUMBER, "10L"),
                        tuple(TokenType.NUMBER, "1.5e3"),
                        tuple(TokenType.NUMBER, ".5"),
                        tuple(TokenType.WORD, "1st_trip"),
                        tuple(TokenType.SEMICOLON, ";"));
    }

    @Test
    void rawStringsDoNotEscapeWithBackslash() {
        assertThat(significant("r'C:\\' x")).extracting(Token::type, Token::text)
                .containsExactly(tuple(TokenType.STRING, "r'C:\\'"), tuple(TokenType.WORD, "x"));
    }

    @Test
    void tracksParenthesisDepthAndLines() {
        assertThat(significant("a (b (c)\n) d")).extracting(Token::text, Token::depth, Token::line)
                .containsExactly(
                        tuple("a", 0, 1), tuple("(", 0, 1), tuple("b", 1, 1), tuple("(", 1, 1), tuple("c", 2, 1),
                        tuple(")", 1, 1), tuple(")", 0, 2), tuple("d", 0, 2));
    }

    @Test
    void unterminatedStringRunsToTheEnd() {
        assertThat(significant("select 'abc; select 1")).extracting(Token::type, Token::text)
                .containsExactly(tuple(TokenType.WORD, "select"), tuple(TokenType.STRING, "'abc; select 1"));
    }

    @Test
    void strayClosingParenthesisNeverMakesDepthNegative() {
        assertThat(significant(") x")).extracting(Token::depth).containsExactly(0, 0);
    }
}
