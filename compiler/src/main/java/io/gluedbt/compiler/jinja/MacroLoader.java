package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
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
    private MacroLoader() {}

    static void load(Jinjava jinjava, JinjavaConfig config, List<MacroFile> files, MacroIndex index) {
        Map<String, List<MacroFunction>> loaded = new LinkedHashMap<>();
        for (MacroFile file : files) {
            Context context = new Context(jinjava.getGlobalContext());
            JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, context, config);
            JinjavaInterpreter.pushCurrent(interpreter);
            try {
                interpreter.render(TemplateRewriter.rewrite(file.text()));
            } finally {
                JinjavaInterpreter.popCurrent();
            }
            for (TemplateError error : interpreter.getErrors()) {
                if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                    throw new GluedbtException(ErrorCode.JINJA_SYNTAX, SourcePosition.of(file.displayPath(), Math.max(error.getLineno(), 0)), error.getMessage());
                }
            }
            loaded.computeIfAbsent(file.packageName(), name -> new ArrayList<>()).addAll(context.getGlobalMacros().values());
        }
        Map<String, Map<String, Object>> namespaces = new LinkedHashMap<>();
        loaded.forEach((packageName, macros) -> {
            Map<String, Object> namespace = new LinkedHashMap<>();
            namespaces.put(packageName, namespace);
            for (MacroFunction macro : macros) {
                boolean isolated = !packageName.equals(MacroIndex.INTERNAL) && !packageName.equals(index.rootProject());
                DbtMacroFunction wrapped = new DbtMacroFunction(macro, packageName, isolated ? namespace : null);
                namespace.put(macro.getName(), wrapped);
                index.add(packageName, wrapped);
            }
        });
    }
}
