package io.gluedbt.compiler.jinja.builtins;

import static java.util.Objects.requireNonNull;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dbt's builtins for a Jinjava made from {@link DbtJinjavaConfig}.
 *
 * <ul>
 *   <li>{@link #install(Jinjava)} once per Jinjava: the bare functions {@code fromjson}, {@code tojson},
 *       {@code fromyaml}, {@code toyaml}, {@code zip}, {@code set}, {@code local_md5}, {@code log},
 *       {@code print}.</li>
 *   <li>{@link #contextObjects(JinjaLogSink)} for each render's context: {@code modules}
 *       ({@code datetime}, {@code re}, {@code itertools}, {@code pytz}), {@code exceptions}, and the sink that {@code log}/{@code print}/{@code exceptions.warn} use.</li>
 * </ul>
 */
public final class DbtBuiltins {
    static final List<String> FUNCTION_NAMES =
            List.of("fromjson", "tojson", "fromyaml", "toyaml", "zip", "set", "local_md5", "log", "print");

    private DbtBuiltins() {}

    public static void install(Jinjava jinjava) {
        requireNonNull(jinjava, "jinjava is null");
        for (String name : FUNCTION_NAMES) {
            jinjava.getGlobalContext().registerFunction(
                    new ELFunctionDefinition("", name, BuiltinFunctions.class, name, Object[].class));
        }
    }

    /** The per-render context objects; a new map each call, safe to add to. */
    public static Map<String, Object> contextObjects(JinjaLogSink sink) {
        return contextObjects(sink, Clock.systemDefaultZone());
    }

    /** As {@link #contextObjects(JinjaLogSink)}, with the clock behind {@code modules.datetime} ({@code now}, {@code today}). */
    public static Map<String, Object> contextObjects(JinjaLogSink sink, Clock clock) {
        requireNonNull(sink, "sink is null");
        requireNonNull(clock, "clock is null");
        Map<String, Object> objects = new LinkedHashMap<>();
        objects.put("modules", new ModulesNamespace(clock));
        objects.put("exceptions", new ExceptionsNamespace(sink));
        objects.put(BuiltinFunctions.LOG_SINK_KEY, sink);
        return objects;
    }
}
