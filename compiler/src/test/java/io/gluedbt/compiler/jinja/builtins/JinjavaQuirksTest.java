package io.gluedbt.compiler.jinja.builtins;

import org.junit.jupiter.api.Test;

/**
 * The Jinja features dbt templates use, under {@link DbtJinjavaConfig}. Expected strings are what Jinja2 3.1
 * renders; where Jinjava differs the line says so (see {@link JinjavaQuirks}).
 */
class JinjavaQuirksTest {
    private final JinjaRendering jinja = new JinjaRendering();

    private final org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();

    private void assertRenders(String template, String expected) {
        soft.assertThat(jinja.render(template)).as(template).isEqualTo(expected);
    }

    @Test
    void matchesJinja2() {
        assertRenders("{% set x %}abc{% endset %}[{{ x }}]", "[abc]");
        assertRenders("{% set ns = namespace(a=1) %}{% for i in [1, 2] %}{% set ns.a = ns.a + i %}{% endfor %}{{ ns.a }}", "4");
        assertRenders("{% set xs = [] %}{% do xs.append(1) %}{{ xs }}", "[1]");
        assertRenders("{% for i in ['a', 'b', 'c'] %}{{ loop.index }}{{ loop.index0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }},{% endfor %}", "10TrueFalse3,21FalseFalse3,32FalseTrue3,");
        assertRenders("{{ none is none }} {{ 1 is not none }} {{ undefined_thing is none }}", "True True True"); // Jinja2: True True False
        assertRenders("{{ 'a' is string }} {{ {} is mapping }} {{ [] is iterable }} {{ 1 is number }} {{ 1.5 is number }} {{ 'a' is number }}", "True True True True True False");
        assertRenders("{{ 'abc' | list }} {{ [1, 2] | join(', ') }} {{ [1, 2] | join }}", "['a', 'b', 'c'] 1, 2 12");
        assertRenders("{{ [{'a': 1}, {'a': 2}] | map(attribute='a') | list }}", "[1, 2]");
        assertRenders("{{ [{'a': 1, 'b': true}, {'a': 2, 'b': false}] | selectattr('b') | map(attribute='a') | list }}", "[1]");
        assertRenders("{{ [{'a': 1}, {'a': 2}] | selectattr('a', 'equalto', 2) | list }}", "[{'a': 2}]");
        assertRenders("{{ undefined_var | default('dft') }} {{ none | default('x') }} {{ '' | default('e', true) }}", "dft x e"); // Jinja2: dft None e
        assertRenders("[{{ '  a  ' | trim }}] {{ 'ABC' | lower }} {{ 'aXa' | replace('a', 'b') }} {{ [1, 2] | length }} {{ 'abc' | length }}", "[a] abc bXb 2 3");
        assertRenders("{{ [1, 2, 1] | unique | list }} {{ [3, 1, 2] | sort }} {{ [3, 1, 2] | sort(reverse=true) }} {{ ['b', 'A', 'c'] | sort }}", "[1, 2] [1, 2, 3] [3, 2, 1] ['A', 'b', 'c']");
        assertRenders("{{ 'a' ~ 1 ~ 'b' }}", "a1b");
        assertRenders("{{ range(3) | list }} {% for i in range(1, 3) %}{{ i }}{% endfor %}", "[0, 1, 2] 12");
        assertRenders("{% for k, v in {'a': 1, 'b': 2}.items() %}{{ k }}={{ v }};{% endfor %}", "a=1;b=2;");
        assertRenders("{% for k in {'a': 1, 'b': 2} %}{{ k }};{% endfor %}", "a;b;");
        assertRenders("{{ 'hello'[1:3] }} {{ [1, 2, 3, 4][1:3] }} {{ 'hello'[:2] }} {{ 'hello'[-3:] }}", "el [2, 3] he llo");
        assertRenders("{{ 'ell' in 'hello' }} {{ 1 in [1, 2] }} {{ 'a' in {'a': 1} }} {{ 'z' not in 'hello' }}", "True True True True");
        assertRenders("{% if y is defined %}def{% else %}undef{% endif %} {% if s is defined %}def{% endif %}", "undef def");
        assertRenders("a  {%- if true -%}  b  {%- endif -%}  c", "abc");
        assertRenders("x {{- 'y' -}} z|{{ -1 }}", "xyz|-1");
        assertRenders("x{# comment #}y", "xy");
        assertRenders("{% raw %}{{ not rendered }}{% endraw %}", "{{ not rendered }}");
        assertRenders("{% set k = 'key' %}{{ {k: 1} }}", "{'key': 1}");
        assertRenders("{% for x in [1, none, 2] %}[{{ x is none }}]{% endfor %}", "[False][True][False]");
        assertRenders("{{ 1 + 2 * 3 }} {{ not [] | length }} {{ 7 // 2 }} {{ 7 / 2 }} {{ 2 ** 3 }}", "7 True 3 3.5 8");
        assertRenders("{{ [1, 2, 3] | sum }} {{ [1, 3, 2] | max }} {{ [3, 1] | first }} {{ [3, 1] | last }}", "6  3 1"); // Jinja2: 6 3 3 1 (Jinjava's max on a literal list is empty)
        assertRenders("{% macro m(a, b=2) %}{{ a }}{{ b }}{% endmacro %}{{ m(1) }} {{ m(1, b=3) }}", "12 13");
        soft.assertAll();
    }
}
