package io.gluedbt.compiler.jinja.builtins;

/**
 * What Jinjava 2.8.4 does with the Jinja that dbt templates use, under {@link DbtJinjavaConfig} and
 * {@link DbtBuiltins}, compared with Python Jinja2 3.1. {@code JinjavaQuirksTest} pins every line below.
 *
 * <h2>Works as in Jinja2</h2>
 * <code>{% set x %}...{% endset %}</code>, {@code namespace()} with <code>{% set ns.a = ... %}</code> in loops,
 * <code>{% do xs.append(1) %}</code>, {@code loop.index/index0/first/last/length}, {@code is none},
 * {@code is not none}, {@code is string/mapping/iterable/number/defined}, the filters {@code list}, {@code join},
 * {@code map(attribute=...)}, {@code map('string')}, {@code selectattr}, {@code default}, {@code trim},
 * {@code lower}, {@code replace}, {@code length}, {@code unique}, {@code sort}, {@code sum}, {@code first},
 * {@code last}, {@code dictsort}; {@code ~}, {@code range}, <code>{% for k, v in d.items() %}</code>, slices
 * {@code s[1:3]}, {@code s[:2]}, {@code s[-3:]}, {@code in}/{@code not in} on strings, lists and dicts,
 * <code>{%- -%}</code>, <code>{# #}</code>, <code>{% raw %}</code>, macros with defaults and keyword
 * arguments, and the literals {@code None}/{@code True}/{@code False} in either case.
 *
 * <h2>Made to work here</h2>
 * <ul>
 *   <li>Python methods on strings, lists and dicts ({@code 'a,b'.split(',')}, {@code d.items()}, ...):
 *       {@link DbtJinjavaConfig}'s resolver. Plain Jinjava calls Java's {@code String.split} and prints an
 *       array reference.</li>
 *   <li>Printing: {@code True}, {@code ['a', 'b']}, {@code {'k': 'v'}}, {@code (1, 'a')} for tuples from
 *       {@code zip}/{@code items()}, {@code set()}, {@code 1.0}. Plain Jinjava prints {@code true},
 *       {@code [a, b]} and {@code {k=v}}.</li>
 *   <li><code>{% for k in dict %}</code> iterates keys (plain Jinjava: values); <code>{k: 1}</code> evaluates
 *       {@code k}; <code>x {{- y -}} z</code> trims (plain Jinjava: only tags trim) while
 *       <code>{{ -1 }}</code> stays a number; {@code s[-1]} indexes from the end (plain Jinjava: empty).</li>
 * </ul>
 *
 * <h2>Still different (not fixable from an EL resolver or builtins)</h2>
 * <ul>
 *   <li>A None value prints as the empty string (Jinja2: {@code None}), because Jinjava resolves undefined
 *       names to null too; for the same reason an undefined name {@code == None} and {@code is none}, and
 *       {@code none | default('x')} gives {@code x}.</li>
 *   <li>{@code join} and {@code ~} print booleans and None Java-style ({@code true}, empty).</li>
 *   <li>Tuple literals {@code (1, 2)} are lists; step slices {@code s[::-1]} are a syntax error; operators on
 *       strings ({@code 'x' * 3}, {@code '%s' % x}) and on dates ({@code dt - timedelta(...)}) fail: use
 *       {@code dt.__sub__(delta)}. A fix needs a {@code Jinjava} subclass overriding
 *       {@code getExpressionFactory()} with a custom tree builder.</li>
 *   <li>{@code 'a' ~ 1 + 2} is {@code a12} (Jinja2: {@code a3}).</li>
 *   <li>No {@code max}/{@code min} filters (they render empty); {@code select} needs a test name.</li>
 *   <li><code>{% call(x) m() %}</code> is a syntax error; macro return values are strings.</li>
 *   <li>A template's single trailing newline is kept (Jinja2 drops it: {@code keep_trailing_newline=False}).</li>
 *   <li>Every Map put in the context is wrapped in Jinjava's {@code SizeLimitingPyMap}, so a Map subclass's own
 *       methods cannot be called from a template: write context objects with methods as {@link PythonObject}.</li>
 *   <li>Exceptions raised in expressions (Python errors, {@code exceptions.raise_compiler_error}) become
 *       template errors and rendering continues; see {@link UserRaisedCompilerError#findIn}.</li>
 * </ul>
 */
public final class JinjavaQuirks {
    private JinjavaQuirks() {}
}
