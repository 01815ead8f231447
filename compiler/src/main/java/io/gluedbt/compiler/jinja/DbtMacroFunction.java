package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.List;
import java.util.Map;

/**
 * A project or package macro. Adds dbt's value-returning {@code return()} and makes the macro's own
 * package visible without a prefix while it runs (dbt's local macro namespace). Each call is recorded in the
 * render's {@link MacroCallStack} so that errors inside the macro name the macro's file and the call chain.
 */
final class DbtMacroFunction extends MacroFunction {
    private final String packageName;
    private final String displayPath;
    private final Map<String, Object> packageNamespace;

    DbtMacroFunction(MacroFunction source, String packageName, String displayPath, Map<String, Object> packageNamespace) {
        super(source, source.getName());
        this.packageName = packageName;
        this.displayPath = displayPath;
        this.packageNamespace = packageNamespace;
    }

    String packageName() {
        return packageName;
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        RenderState state = RenderState.currentOrNull();
        if (state == null) {
            return evaluate(argMap, kwargMap, varArgs);
        }
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        int callLine = interpreter.getLineNumber();
        TemplateError lastErrorBefore = interpreter.getLastError().orElse(null);
        state.macroCalls().enter(new MacroFrame(getName(), displayPath, callLine, packageName.equals(MacroIndex.INTERNAL)));
        try {
            return evaluate(argMap, kwargMap, varArgs);
        } finally {
            state.macroCalls().exit(interpreter, lastErrorBefore);
            interpreter.setLineNumber(callLine);
        }
    }

    private Object evaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        ReturnSlots.Slot slot = ReturnSlots.push();
        try {
            Object output;
            if (packageNamespace == null) {
                output = super.doEvaluate(argMap, kwargMap, varArgs);
            } else {
                JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
                try (JinjavaInterpreter.InterpreterScopeClosable scope = interpreter.enterScope()) {
                    for (Object macro : packageNamespace.values()) {
                        interpreter.getContext().addGlobalMacro((MacroFunction) macro);
                    }
                    output = super.doEvaluate(argMap, kwargMap, varArgs);
                }
            }
            return slot.filled() ? slot.value() : output;
        } finally {
            ReturnSlots.pop();
        }
    }
}
