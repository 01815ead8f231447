package io.gluedbt.compiler.jinja.builtins;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The static targets of dbt's bare-name functions ({@code tojson(x)}, {@code zip(a, b)}, ...). Each takes
 * {@code Object...} because Jinjava passes keyword arguments as {@code NamedParameter}s among the positional ones.
 */
final class BuiltinFunctions {
    /** The context key under which {@link DbtBuiltins#contextObjects} stores the {@link JinjaLogSink}. */
    static final String LOG_SINK_KEY = "__gluedbt_jinja_log_sink__";

    private BuiltinFunctions() {}

    public static Object fromjson(Object... parameters) {
        PythonArguments args = PythonArguments.of(parameters);
        Object fallback = args.get(1, "default", null);
        Object text = args.get(0, "string", null);
        if (!(text instanceof String string)) {
            return fallback;
        }
        try {
            return JsonText.parse(string);
        } catch (java.io.IOException e) {
            return fallback;
        }
    }

    public static Object tojson(Object... parameters) {
        PythonArguments args = PythonArguments.of(parameters);
        return JsonText.dump(args.required(0, "value", "tojson"), args.truthy(2, "sort_keys"));
    }

    public static Object fromyaml(Object... parameters) {
        PythonArguments args = PythonArguments.of(parameters);
        Object fallback = args.get(1, "default", null);
        Object text = args.get(0, "value", null);
        if (!(text instanceof String string)) {
            return fallback;
        }
        try {
            return YamlText.load(string);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    public static Object toyaml(Object... parameters) {
        PythonArguments args = PythonArguments.of(parameters);
        return YamlText.dump(args.required(0, "value", "toyaml"), args.truthy(2, "sort_keys"));
    }

    /** {@code zip(a, b, ...)}: a list of tuples, as long as the shortest argument. */
    public static Object zip(Object... parameters) {
        PythonArguments args = PythonArguments.of(parameters);
        List<List<Object>> columns = new ArrayList<>();
        for (Object iterable : args.positional()) {
            columns.add(PythonValues.iterate(iterable));
        }
        int length = columns.stream().mapToInt(List::size).min().orElse(0);
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            List<Object> row = new ArrayList<>();
            for (List<Object> column : columns) {
                row.add(column.get(i));
            }
            rows.add(new PythonTuple(row));
        }
        return rows;
    }

    /** {@code set(iterable)}: an insertion-ordered set; {@code set()} is empty. */
    public static Object set(Object... parameters) {
        PythonArguments args = PythonArguments.of(parameters);
        Object iterable = args.get(0, "iterable", null);
        return iterable == null ? new PythonSet() : new PythonSet(PythonValues.iterate(iterable));
    }

    public static Object local_md5(Object... parameters) {
        String value = PythonRepr.str(PythonArguments.of(parameters).required(0, "value", "local_md5"));
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }

    /** {@code log(msg, info=False)}: DEBUG, or INFO when {@code info} is true. Renders nothing. */
    public static Object log(Object... parameters) {
        PythonArguments args = PythonArguments.of(parameters);
        String message = PythonRepr.str(args.required(0, "msg", "log"));
        sink().log(args.truthy(1, "info") ? JinjaLogLevel.INFO : JinjaLogLevel.DEBUG, message);
        return "";
    }

    /** {@code print(msg)}: INFO. Renders nothing. */
    public static Object print(Object... parameters) {
        PythonArguments args = PythonArguments.of(parameters);
        List<String> parts = new ArrayList<>();
        args.positional().forEach(part -> parts.add(PythonRepr.str(part)));
        sink().log(JinjaLogLevel.INFO, String.join(" ", parts));
        return "";
    }

    private static JinjaLogSink sink() {
        return JinjavaInterpreter.getCurrentMaybe()
                .map(interpreter -> interpreter.getContext().get(LOG_SINK_KEY))
                .filter(JinjaLogSink.class::isInstance)
                .map(JinjaLogSink.class::cast)
                .orElse(JinjaLogSink.discarding());
    }
}
