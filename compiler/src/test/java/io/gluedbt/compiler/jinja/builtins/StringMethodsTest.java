package io.gluedbt.compiler.jinja.builtins;

import org.junit.jupiter.api.Test;

/** Python str methods; expected strings are what Jinja2 3.1 renders for the same templates. */
class StringMethodsTest {
    private final JinjaRendering jinja = new JinjaRendering();

    private void assertRenders(String template, String expected) {
        jinja.assertRenders(template, expected);
    }

    @Test
    void matchesJinja2() {
        assertRenders("{{ 'a,b'.split(',') }}", "['a', 'b']");
        assertRenders("{% for p in 'a,b,c'.split(',') %}<{{ p }}>{% endfor %}", "<a><b><c>");
        assertRenders("{{ '  a  b \\t c\n'.split() }}", "['a', 'b', 'c']");
        assertRenders("{{ 'a,b,c'.split(',', 1) }}", "['a', 'b,c']");
        assertRenders("{{ 'a,b,c'.split(',', maxsplit=1) }}", "['a', 'b,c']");
        assertRenders("{{ 'a,,b'.split(',') }}", "['a', '', 'b']");
        assertRenders("{{ '  a b  c  '.split(None, 1) }}", "['a', 'b  c  ']");
        assertRenders("{{ 'a,b,c'.rsplit(',', 1) }}", "['a,b', 'c']");
        assertRenders("{{ '  a b  c  '.rsplit(None, 1) }}", "['  a b', 'c']");
        assertRenders("{{ 'a.b.c'.rsplit('.') }}", "['a', 'b', 'c']");
        assertRenders("[{{ '  x  '.strip() }}][{{ '  x  '.lstrip() }}][{{ '  x  '.rstrip() }}]", "[x][x  ][  x]");
        assertRenders("{{ 'xxhixx'.strip('x') }} {{ '__a__'.lstrip('_') }} {{ 'ab;;'.rstrip(';') }}", "hi a__ ab");
        assertRenders("{{ 'Hello'.lower() }} {{ 'x'.upper() }} {{ \"hello world's end\".title() }} {{ 'hELLO wORLD'.capitalize() }}", "hello X Hello World'S End Hello world");
        assertRenders("{{ 'stg_orders'.startswith('stg_') }} {{ 'stg_orders'.startswith(('int_', 'stg_')) }} {{ 'stg_orders'.endswith('ers') }} {{ 'a.sql'.endswith(('.py', '.csv')) }}", "True True True False");
        assertRenders("{{ 'a-b-c'.replace('-', '_') }} {{ 'a-b-c'.replace('-', '_', 1) }} {{ 'abc'.replace('', '.') }}", "a_b_c a_b-c .a.b.c.");
        assertRenders("{{ 'hello'.find('l') }} {{ 'hello'.rfind('l') }} {{ 'hello'.find('z') }} {{ 'hello'.index('e') }} {{ 'hello'.count('l') }}", "2 3 -1 1 2");
        assertRenders("{{ ', '.join(['a', 'b', 'c']) }} {{ '-'.join('abc') }}", "a, b, c a-b-c");
        assertRenders("{{ '{} and {}'.format('x', 1) }} {{ '{1}{0}'.format('a', 'b') }} {{ '{name}!'.format(name='dbt') }} {{ '{{literal}} {}'.format(2) }}", "x and 1 ba dbt! {literal} 2");
        assertRenders("{{ '{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c') }} {{ '{:.2f}'.format(3.14159) }} {{ '{:05d}'.format(42) }} {{ '{:,}'.format(1234567) }} {{ '{!r}'.format('q') }}", "    a|b    |  c   3.14 00042 1,234,567 'q'");
        assertRenders("{{ '123'.isdigit() }} {{ '12a'.isdigit() }} {{ ''.isdigit() }} {{ 'abc'.isalpha() }} {{ 'ab1'.isalnum() }} {{ 'ABC1'.isupper() }} {{ 'abc'.islower() }} {{ '123'.islower() }}", "True False False True True True True False");
        assertRenders("{{ '42'.zfill(5) }} {{ '-42'.zfill(5) }} [{{ 'ab'.ljust(4) }}][{{ 'ab'.rjust(4, '*') }}][{{ 'ab'.center(6, '-') }}]", "00042 -0042 [ab  ][**ab][--ab--]");
        assertRenders("{{ 'a\nb\\r\nc'.splitlines() }} {{ 'key=value=x'.partition('=') }} {{ 'abc'.partition('z') }} {{ 'a.b.c'.rpartition('.') }}", "['a', 'b', 'c'] ('key', '=', 'value=x') ('abc', '', '') ('a.b', '.', 'c')");
        assertRenders("{{ 'hello'[-1] }} {{ 'hello'[0] }} {{ 'hello'[1:3] }}", "o h el");
        assertRenders("{{ s.upper().split(' ')[1] }}", "WORLD");
        assertRenders("{{ 'x'.upper() ~ 'Y'.lower() }}", "Xy");
        assertRenders("{% set parts = 'a b'.split() %}{% do parts.append('c') %}{{ parts | join('+') }}", "a+b+c");
        assertRenders("{{ 'abc'.swapcase() }} {{ 'prefix_x'.removeprefix('prefix_') }}", "ABC x");
    }

    @Test
    void acceptsAListOfAffixesWherePythonWantsATuple() {
        assertRenders("{{ 'a.sql'.endswith(['.py', '.sql']) }}", "True");
    }

    @Test
    void reportsPythonErrors() {
        org.assertj.core.api.Assertions.assertThat(jinja.renderError("{{ 'abc'.index('z') }}"))
                .contains("ValueError: substring not found");
        org.assertj.core.api.Assertions.assertThat(jinja.renderError("{{ 'abc'.split('') }}"))
                .contains("ValueError: empty separator");
    }
}
