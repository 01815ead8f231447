package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders each macro file once in its own context to obtain its macros, wrapped as {@link DbtMacroFunction}s.
 * Non-root, non-internal packages' macros see their own package unprefixed while they run.
 */
final class MacroLoader {
    private record LoadedMacro(MacroFunction macro, String displayPath) {}

    private MacroLoader() {}

    static void load(Jinjava jinjava, JinjavaConfig config, List<MacroFile> files, MacroIndex index) {
        Map<String, List<LoadedMacro>> loaded = new LinkedHashMap<>();
        for (MacroFile file : files) {
            Context context = new Context(jinjava.getGlobalContext());
            JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, context, config);
            JinjavaInterpreter.pushCurrent(interpreter);
            try {
                interpreter.render(TemplateRewriter.rewrite(file.text()));
            } finally {
                JinjavaInterpreter.popCurrent();
            }
            TemplateFailures.first(interpreter.getErrors()).ifPresent(error -> {
                throw new GluedbtException(ErrorCode.JINJA_SYNTAX, SourcePosition.of(file.displayPath(), Math.max(TemplateFailures.line(error, file.text()), 0)),
                        TemplateFailures.message(error, file.text()));
            });
            List<LoadedMacro> packageMacros = loaded.computeIfAbsent(file.packageName(), name -> new ArrayList<>());
            context.getGlobalMacros().values().forEach(macro -> packageMacros.add(new LoadedMacro(macro, file.displayPath())));
        }
        Map<String, Map<String, Object>> namespaces = new LinkedHashMap<>();
        loaded.forEach((packageName, macros) -> {
            Map<String, Object> namespace = new LinkedHashMap<>();
            namespaces.put(packageName, namespace);
            for (LoadedMacro loadedMacro : macros) {
                MacroFunction macro = loadedMacro.macro();
                boolean isolated = !packageName.equals(MacroIndex.INTERNAL) && !packageName.equals(index.rootProject());
                DbtMacroFunction wrapped = new DbtMacroFunction(macro, packageName, loadedMacro.displayPath(), isolated ? namespace : null);
                namespace.put(macro.getName(), wrapped);
                index.add(packageName, wrapped);
            }
        });
    }
}
