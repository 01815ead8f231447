package io.gluedbt.compiler.jinja.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** modules.datetime, modules.re, modules.pytz; expected strings are what Jinja2 3.1 renders with Python's modules. */
class ModulesTest {
    private final JinjaRendering jinja = new JinjaRendering();

    private void assertRenders(String template, String expected) {
        jinja.assertRenders(template, expected);
    }

    @Test
    void matchesJinja2() {
        assertRenders("{{ modules.datetime.datetime(2024, 1, 2, 3, 4, 5) }} {{ modules.datetime.date(2024, 1, 2) }} {{ modules.datetime.timedelta(days=1, hours=2) }}", "2024-01-02 03:04:05 2024-01-02 1 day, 2:00:00");
        assertRenders("{{ modules.datetime.datetime(2024, 1, 2, 3, 4, 5).strftime('%Y-%m-%d %H:%M:%S %a %b %j %y %p %I') }}", "2024-01-02 03:04:05 Tue Jan 002 24 AM 03");
        assertRenders("{{ modules.datetime.datetime(2024, 1, 2, 3, 4, 5, 600).isoformat() }} {{ modules.datetime.date(2024, 1, 2).isoformat() }}", "2024-01-02T03:04:05.000600 2024-01-02");
        assertRenders("{% set dt = modules.datetime.datetime(2024, 2, 29, 23, 0) %}{{ dt.year }}-{{ dt.month }}-{{ dt.day }} {{ dt.hour }} {{ dt.weekday() }} {{ dt.date() }}", "2024-2-29 23 3 2024-02-29");
        assertRenders("{{ modules.datetime.datetime.strptime('2024-03-05 10:11', '%Y-%m-%d %H:%M') }} {{ modules.datetime.datetime.fromisoformat('2024-03-05T10:11:12') }}", "2024-03-05 10:11:00 2024-03-05 10:11:12");
        assertRenders("{{ modules.datetime.timedelta(hours=-1) }} {{ modules.datetime.timedelta(seconds=90).total_seconds() }} {{ modules.datetime.timedelta(weeks=2).days }}", "-1 day, 23:00:00 90.0 14");
        assertRenders("{{ modules.datetime.datetime(2024, 1, 2).replace(day=9) }}", "2024-01-09 00:00:00");
        assertRenders("{{ modules.re.match('a(b+)', 'abbbc').group(1) }} {{ modules.re.match('b', 'abc') is none }} {{ modules.re.search('b', 'abc').group(0) }}", "bbb True b");
        assertRenders("{{ modules.re.fullmatch('[a-z]+', 'abc') is not none }} {{ modules.re.fullmatch('[a-z]+', 'abc1') is none }}", "True True");
        assertRenders("{{ modules.re.findall('\\\\d+', 'a1b22c333') }} {{ modules.re.findall('(\\\\w)=(\\\\d)', 'a=1 b=2') }}", "['1', '22', '333'] [('a', '1'), ('b', '2')]");
        assertRenders("{{ modules.re.sub('\\\\s+', ' ', 'a   b \n c') }} {{ modules.re.sub('(\\\\w+)@(\\\\w+)', '\\\\2 at \\\\1', 'me@host') }} {{ modules.re.sub('x', '-', 'xxx', 2) }}", "a b c host at me --x");
        assertRenders("{{ modules.re.split(',\\\\s*', 'a, b,c') }} {{ modules.re.split('(,)', 'a,b') }}", "['a', 'b', 'c'] ['a', ',', 'b']");
        assertRenders("{% set p = modules.re.compile('^(?P<schema>\\\\w+)\\\\.(?P<table>\\\\w+)$') %}{% set m = p.match('raw.orders') %}{{ m.group('table') }} {{ m.groups() }} {{ m.group(1, 2) }} {{ m.groupdict() }}", "orders ('raw', 'orders') ('raw', 'orders') {'schema': 'raw', 'table': 'orders'}");
        assertRenders("{{ modules.re.match('A', 'abc', modules.re.IGNORECASE).group() }} {{ modules.re.escape('a.b*c') }}", "a a\\.b\\*c");
        assertRenders("{{ modules.re.match('(a)(x)?', 'ab').groups() }} {{ modules.re.search('c', 'abc').start() }} {{ modules.re.search('c', 'abc').span() }}", "('a', None) 2 (2, 3)");
    }

    @Test
    void nowComesFromTheInjectedClock() {
        assertRenders("{{ modules.datetime.datetime.now() }}|{{ modules.datetime.datetime.utcnow().strftime('%Y%m%d %H%M%S.%f') }}"
                + "|{{ modules.datetime.date.today() }}", "2024-03-05 06:07:08.123456|20240305 060708.123456|2024-03-05");
    }

    @Test
    void pytzGivesAwareDatetimes() {
        assertRenders("{{ modules.datetime.datetime.now(modules.pytz.utc) }}|{{ modules.pytz.utc }}"
                + "|{{ modules.pytz.timezone('America/New_York').localize(modules.datetime.datetime(2024, 7, 1)).isoformat() }}"
                + "|{{ modules.datetime.datetime(2024, 1, 1, 12, tzinfo=modules.pytz.utc).astimezone(modules.pytz.timezone('Europe/Paris')) }}",
                "2024-03-05 06:07:08.123456+00:00|UTC|2024-07-01T00:00:00-04:00|2024-01-01 13:00:00+01:00");
    }

    @Test
    void arithmeticThroughDunderMethods() {
        assertRenders("{{ modules.datetime.date(2024, 3, 1).__sub__(modules.datetime.timedelta(days=1)) }}"
                + " {{ modules.datetime.datetime(2024, 1, 2).__sub__(modules.datetime.datetime(2024, 1, 1)) }}",
                "2024-02-29 1 day, 0:00:00");
    }

    @Test
    void badPatternIsAnError() {
        assertThat(jinja.renderError("{{ modules.re.match('(', 'x') }}")).contains("re.error: Unclosed group");
    }
}
