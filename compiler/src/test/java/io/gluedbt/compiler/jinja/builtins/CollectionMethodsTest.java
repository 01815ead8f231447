package io.gluedbt.compiler.jinja.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Python list and dict methods and Jinja2-style printing; expected strings are what Jinja2 3.1 renders. */
class CollectionMethodsTest {
    private final JinjaRendering jinja = new JinjaRendering();

    private void assertRenders(String template, String expected) {
        jinja.assertRenders(template, expected);
    }

    @Test
    void matchesJinja2() {
        assertRenders("{% set xs = [1, 2] %}{% do xs.append(3) %}{% do xs.extend([4, 5]) %}{{ xs }}", "[1, 2, 3, 4, 5]");
        assertRenders("{% set xs = [1, 2, 3] %}{{ xs.pop() }} {{ xs.pop(0) }} {{ xs }}", "3 1 [2]");
        assertRenders("{% set xs = ['a', 'c'] %}{% do xs.insert(1, 'b') %}{% do xs.insert(99, 'z') %}{% do xs.insert(-1, 'y') %}{{ xs }}", "['a', 'b', 'c', 'y', 'z']");
        assertRenders("{% set xs = [1, 2, 3, 2] %}{% do xs.remove(2) %}{{ xs }} {{ xs.index(3) }} {{ xs.count(2) }}", "[1, 3, 2] 1 1");
        assertRenders("{% set xs = [3, 1, 2] %}{% do xs.sort() %}{{ xs }}{% do xs.sort(reverse=true) %}{{ xs }}{% do xs.reverse() %}{{ xs }}", "[1, 2, 3][3, 2, 1][1, 2, 3]");
        assertRenders("{% set xs = ['b', 'a'] %}{% set ys = xs.copy() %}{% do ys.append('c') %}{{ xs }} {{ ys }}", "['b', 'a'] ['b', 'a', 'c']");
        assertRenders("{% set d = {'a': 1, 'b': 2} %}{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}", "a=1;b=2;");
        assertRenders("{% set d = {'a': 1, 'b': 2} %}{{ d.keys() | list }} {{ d.values() | list }} {{ d.items() | list }}", "['a', 'b'] [1, 2] [('a', 1), ('b', 2)]");
        assertRenders("{% set d = {'a': 1} %}{{ d.get('a') }} {{ d.get('z', 'dflt') }} [{{ d.get('z') }}] {{ d.get('z') is none }}", "1 dflt [] True"); // Jinja2: [None]; a printed None is empty here (JinjavaQuirks)
        assertRenders("{% set d = {'a': 1} %}{% do d.update({'b': 2}) %}{% do d.update(c=3) %}{{ d }}", "{'a': 1, 'b': 2, 'c': 3}");
        assertRenders("{% set d = {'a': 1, 'b': 2} %}{{ d.pop('a') }} {{ d.pop('zz', 'none-here') }} {{ d }}", "1 none-here {'b': 2}");
        assertRenders("{% set d = {'a': 1} %}{{ d.setdefault('a', 5) }} {{ d.setdefault('b', []) }} {{ d }}", "1 [] {'a': 1, 'b': []}");
        assertRenders("{% set d = {'a': [1]} %}{% set e = d.copy() %}{% do e.update({'b': 2}) %}{{ d }} {{ e }}", "{'a': [1]} {'a': [1], 'b': 2}");
        assertRenders("{% set d = {} %}{% do d.setdefault('k', []).append(1) %}{{ d }}", "{'k': [1]}");
        assertRenders("{% set d = {'x': none, 'y': true, 'z': 1.5, 'w': 'it\\'s'} %}{{ d }}", "{'x': None, 'y': True, 'z': 1.5, 'w': \"it's\"}");
        assertRenders("{{ [none, true, false, 'a', 1, 2.0, [1], {'k': 'v'}] }}", "[None, True, False, 'a', 1, 2.0, [1], {'k': 'v'}]");
        assertRenders("{{ none }}|{{ None }}|{{ True }}|{{ False }}|{{ true }}|{{ false }}", "||True|False|True|False"); // Jinja2: None|None|...
        assertRenders("{{ 1.0 }} {{ 0.1 + 0.2 }} {{ 10 / 4 }} {{ 1e20 }} {{ 0.00001 }}", "1.0 0.30000000000000004 2.5 1e+20 1e-05");
        assertRenders("{{ (1, 'a') }}", "[1, 'a']"); // Jinja2: (1, 'a'); tuple literals are lists in Jinjava
        assertRenders("{% if x == None %}undefined-equals-none{% endif %} {% if None is none %}ok{% endif %} {% if True %}t{% endif %}{% if not False %}f{% endif %}",
                "undefined-equals-none ok tf"); // Jinja2: " ok tf"; undefined is null, so it equals None
    }

    @Test
    void reportsPythonErrors() {
        assertThat(jinja.renderError("{% set xs = [1, 2] %}{{ xs.remove(3) }}")).contains("ValueError: list.remove(x): x not in list");
        assertThat(jinja.renderError("{% set xs = [] %}{{ xs.pop() }}")).contains("IndexError: pop from empty list");
        assertThat(jinja.renderError("{% set d = {} %}{{ d.pop(\"k\") }}")).contains("KeyError: 'k'");
    }

    /** A Map subclass with its own methods, as a dbt context object might naively be written. */
    public static final class ConfigLike extends java.util.LinkedHashMap<String, Object> {
        public String require(String key) {
            return "required:" + get(key);
        }
    }

    @Test
    void jinjavaWrapsContextMapsSoTheirOwnMethodsAreUnreachable() {
        ConfigLike config = new ConfigLike();
        config.put("a", 1);
        assertThat(jinja.renderForResult("{{ cfg.require('a') }}", java.util.Map.of("cfg", config)).getErrors())
                .extracting(com.hubspot.jinjava.interpret.TemplateError::getMessage)
                .containsExactly("Cannot find method require with 1 parameters in class "
                        + "com.hubspot.jinjava.objects.collections.SizeLimitingPyMap");
    }

    @Test
    void pythonObjectsGetAttributesAndKeywordArguments() {
        PythonObject config = new PythonObject() {
            @Override
            public Object attribute(String name) {
                return name.equals("name") ? "cfg" : null;
            }

            @Override
            public Object call(String name, PythonArguments arguments) {
                return name.equals("get") ? arguments.get(0, "key", null) + "=" + arguments.get(1, "default", "none")
                        : NO_SUCH_METHOD;
            }
        };
        com.hubspot.jinjava.interpret.RenderResult result = jinja.renderForResult(
                "{{ cfg.name }} {{ cfg.get('a') }} {{ cfg.get('b', default=2) }} [{{ cfg.missing }}]", java.util.Map.of("cfg", config));
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.getOutput()).isEqualTo("cfg a=none b=2 []");
    }
}
