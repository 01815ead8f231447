package io.gluedbt.compiler.jinja.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import com.hubspot.jinjava.interpret.RenderResult;
import io.gluedbt.compiler.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** dbt context functions and objects; expected strings are what Jinja2 3.1 renders with dbt's definitions. */
class BuiltinFunctionsTest {
    private final JinjaRendering jinja = new JinjaRendering();

    private void assertRenders(String template, String expected) {
        jinja.assertRenders(template, expected);
    }

    @Test
    void matchesJinja2() {
        assertRenders("{{ tojson({'a': 1, 'b': [1, 2], 'c': none, 'd': true, 'e': 'x\"y', 'f': 1.5}) }}", "{\"a\": 1, \"b\": [1, 2], \"c\": null, \"d\": true, \"e\": \"x\\\"y\", \"f\": 1.5}");
        assertRenders("{{ tojson({'b': 1, 'a': 2}, sort_keys=true) }} {{ tojson([]) }} {{ tojson('\u00e9') }}", "{\"a\": 2, \"b\": 1} [] \"\\u00e9\"");
        assertRenders("{% set x = fromjson('{\"a\": [1, 2.5, null, true], \"b\": {\"c\": \"d\"}}') %}{{ x.a[1] }} {{ x.b.c }} {{ x['a'] | length }} {{ x.a[0] + 1 }}", "2.5 d 4 2");
        assertRenders("{{ fromjson('not json', 'fallback') }} {{ fromjson('[1, 2]') | length }}", "fallback 2");
        assertRenders("{% set y = fromyaml('a: 1\nb:\n  - x\n  - y\n') %}{{ y.a }} {{ y.b | join(',') }}", "1 x,y");
        assertRenders("{{ toyaml({'name': 'x', 'cols': ['a', 'b'], 'nested': {'k': 1, 'empty': none}, 'flag': true}) }}", "name: x\ncols:\n- a\n- b\nnested:\n  k: 1\n  empty: null\nflag: true\n");
        assertRenders("{{ toyaml({'b': 1, 'a': 2}, sort_keys=true) }}", "a: 2\nb: 1\n");
        assertRenders("{% for a, b in zip([1, 2, 3], ['x', 'y']) %}{{ a }}{{ b }};{% endfor %} {{ zip([1, 2], ['a', 'b']) | list }}", "1x;2y; [(1, 'a'), (2, 'b')]");
        assertRenders("{% set s2 = set([1, 2, 2, 3]) %}{{ s2 | length }} {{ 2 in s2 }} {{ 5 in s2 }}", "3 True False");
        assertRenders("{{ local_md5('hello') }}", "5d41402abc4b2a76b9719d911017c592");
        assertRenders("a{{ log('quiet') }}b{{ log('loud', info=true) }}c{{ print('printed') }}d", "abcd");
        assertRenders("{{ modules.itertools.chain([1, 2], [3]) | list }} {{ modules.itertools.product([1, 2], ['a']) | list }}", "[1, 2, 3] [(1, 'a'), (2, 'a')]");
    }

    @Test
    void logAndPrintGoToTheSink() {
        jinja.render("{{ log('quiet') }}{{ log('loud', info=true) }}{{ log('loud too', True) }}{{ print('printed') }}"
                + "{{ exceptions.warn('careful') }}");
        assertThat(jinja.logged).containsExactly("DEBUG quiet", "INFO loud", "INFO loud too", "INFO printed", "WARN careful");
    }

    @Test
    void setsRenderLikePythonSets() {
        assertRenders("{{ set([1, 2, 2]) }} {{ set() }} {{ set('ab') | sort | join }}", "{1, 2} set() ab");
    }

    @Test
    void raiseCompilerErrorCarriesTheRawMessage() {
        RenderResult result = jinja.renderForResult("line1\n{% if true %}{{ exceptions.raise_compiler_error('Bad config: ' ~ 42) }}{% endif %}");
        assertThat(result.getErrors()).hasSize(1);
        UserRaisedCompilerError error = UserRaisedCompilerError.findIn(result.getErrors().get(0).getException()).orElseThrow();
        assertThat(error.rawMessage()).isEqualTo("Bad config: 42");
        assertThat(error.getMessage()).isEqualTo("Bad config: 42");
        assertThat(error.code()).isEqualTo(ErrorCode.COMPILER_ERROR);
        assertThat(result.getErrors().get(0).getLineno()).isEqualTo(2);
    }

    @Test
    void raiseNotImplementedIsAUserError() {
        RenderResult result = jinja.renderForResult("{% do exceptions.raise_not_implemented('no') %}");
        assertThat(UserRaisedCompilerError.findIn(result.getErrors().get(0).getException()))
                .hasValueSatisfying(error -> assertThat(error.rawMessage()).isEqualTo("no"));
    }

    @Test
    void findInIgnoresOtherErrors() {
        assertThat(UserRaisedCompilerError.findIn(new IllegalStateException("x", new RuntimeException("y")))).isEmpty();
    }

    @Test
    void tojsonRejectsWhatPythonCannotSerialize() {
        assertThat(jinja.renderError("{{ tojson(set([1])) }}")).contains("TypeError: Object of type set is not JSON serializable");
    }
}
