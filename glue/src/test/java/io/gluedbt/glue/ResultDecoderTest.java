package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.engine.StatementFailure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultDecoderTest {
    /** The line test_prelude.py's typed-values test checks the prelude prints (same values, same types). */
    static final String TYPED = "GLUEDBT_RESULT {\"results\":[{\"rows_affected\":-1,\"columns\":[],\"types\":[],\"rows\":[]},"
            + "{\"rows_affected\":-1,\"columns\":[\"b\",\"i\",\"l\",\"d\",\"nan\",\"m\",\"s\",\"t\",\"dt\",\"ts\",\"a\",\"mp\",\"st\",\"n\",\"bin\"],"
            + "\"types\":[\"byte\",\"integer\",\"long\",\"double\",\"double\",\"decimal(10,2)\",\"string\",\"boolean\",\"date\",\"timestamp\","
            + "{\"type\":\"array\",\"elementType\":\"integer\",\"containsNull\":false},"
            + "{\"type\":\"map\",\"keyType\":\"string\",\"valueType\":\"double\",\"valueContainsNull\":false},"
            + "{\"type\":\"struct\",\"fields\":[{\"name\":\"f\",\"type\":\"integer\",\"nullable\":false,\"metadata\":{}},{\"name\":\"g\",\"type\":\"string\",\"nullable\":false,\"metadata\":{}}]},"
            + "\"string\",\"binary\"],"
            + "\"rows\":[[7,42,9000000000,1.5,\"NaN\",\"12.30\",\"x\",true,\"2024-02-29\",\"2024-01-02T03:04:05.123456\",[1,2],[[\"k\",1.0]],[[\"f\",1],[\"g\",\"y\"]],null,\"AQI=\"]]}],"
            + "\"failure\":null}";

    @Test
    void valuesComeBackAsTheEmbeddedEnginesJavaTypes() {
        ResultDecoder.Decoded decoded = ResultDecoder.decode("some log line\n" + TYPED + "\n").orElseThrow();
        assertThat(decoded.failure()).isEmpty();
        assertThat(decoded.outcomes()).hasSize(2);
        assertThat(decoded.outcomes().get(0).rowsAffected()).isEqualTo(-1);
        List<Object> row = decoded.outcomes().get(1).rows().get(0);
        assertThat(row.subList(0, 13)).containsExactly(7L, 42L, 9_000_000_000L, 1.5, Double.NaN, new BigDecimal("12.30"), "x", true,
                LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000), List.of(1L, 2L), Map.of("k", 1.0),
                Map.of("f", 1L, "g", "y"));
        assertThat(row.get(13)).isNull();
        assertThat((byte[]) row.get(14)).containsExactly(1, 2);
        assertThat(row.get(5)).isInstanceOf(BigDecimal.class);
        assertThat(decoded.outcomes().get(1).columns()).startsWith("b", "i", "l");
    }

    @Test
    void failureCarriesTheIndexClassAndMessage() {
        ResultDecoder.Decoded decoded = ResultDecoder.decode("GLUEDBT_RESULT {\"results\":[{\"rows_affected\":3,\"columns\":[],\"types\":[],\"rows\":[]}],"
                + "\"failure\":{\"failed_index\":1,\"error_class\":\"TABLE_OR_VIEW_NOT_FOUND\",\"message\":\"[TABLE_OR_VIEW_NOT_FOUND] nope\","
                + "\"traceback\":\"Traceback (most recent call last)\"}}").orElseThrow();
        assertThat(decoded.outcomes().get(0).rowsAffected()).isEqualTo(3);
        assertThat(decoded.failure()).contains(new StatementFailure(1, "TABLE_OR_VIEW_NOT_FOUND", "[TABLE_OR_VIEW_NOT_FOUND] nope"));
        assertThat(decoded.traceback()).isEqualTo("Traceback (most recent call last)");
    }

    @Test
    void outputWithoutTheResultLineIsEmpty() {
        assertThat(ResultDecoder.decode("NameError: name '_gluedbt_run' is not defined")).isEmpty();
        assertThat(ResultDecoder.decode(null)).isEmpty();
    }

    private static final String MANY = "GLUEDBT_RESULTS {\"nodes\":[{\"id\":\"b\",\"results\":[],\"failure\":{\"failed_index\":0,"
            + "\"error_class\":\"PARSE_SYNTAX_ERROR\",\"message\":\"bad\",\"traceback\":\"tb\"},\"seconds\":0.5},"
            + "{\"id\":\"a\",\"results\":[{\"rows_affected\":-1,\"columns\":[\"n\"],\"types\":[\"long\"],\"rows\":[[9]]}],"
            + "\"failure\":null,\"seconds\":2.25}]}";

    @Test
    void severalNodesComeBackInTheAskedOrderWithTheirOwnSeconds() {
        List<ResultDecoder.NodeDecoded> nodes = ResultDecoder.decodeMany("GLUEDBT_RESULT {}\n" + MANY + "\n", List.of("a", "b"));
        assertThat(nodes).extracting(ResultDecoder.NodeDecoded::nodeId).containsExactly("a", "b");
        assertThat(nodes).extracting(ResultDecoder.NodeDecoded::seconds).containsExactly(2.25, 0.5);
        assertThat(nodes.get(0).decoded().failure()).isEmpty();
        assertThat(nodes.get(0).decoded().outcomes().get(0).rows()).containsExactly(List.of(9L));
        assertThat(nodes.get(1).decoded().failure()).contains(new StatementFailure(0, "PARSE_SYNTAX_ERROR", "bad"));
        assertThat(nodes.get(1).decoded().traceback()).isEqualTo("tb");
        assertThat(ResultDecoder.decode(MANY)).isEmpty();
    }

    @Test
    void aMissingLineNodeOrJsonIsAProtocolErrorSayingWhat() {
        assertThatThrownBy(() -> ResultDecoder.decodeMany("GLUEDBT_RESULT {\"results\":[],\"failure\":null}", List.of("a", "b")))
                .isInstanceOf(ResultDecoder.ProtocolException.class)
                .hasMessage("the Glue statement printed no GLUEDBT_RESULTS line; its output: GLUEDBT_RESULT {\"results\":[],\"failure\":null}");
        assertThatThrownBy(() -> ResultDecoder.decodeMany(MANY, List.of("a", "c", "d"))).isInstanceOf(ResultDecoder.ProtocolException.class)
                .hasMessage("the GLUEDBT_RESULTS line has no result for node c, d; its output: " + MANY);
        assertThatThrownBy(() -> ResultDecoder.decodeMany("GLUEDBT_RESULTS {\"nodes\":[", List.of("a"))).isInstanceOf(ResultDecoder.ProtocolException.class)
                .hasMessageStartingWith("the GLUEDBT_RESULTS line is not JSON (").hasMessageEndingWith("); its output: GLUEDBT_RESULTS {\"nodes\":[");
    }
}
