package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.List;
import java.util.Map;

/**
 * A project or package macro. Adds dbt's value-returning {@code return()} and makes the macro's own
 * package visible without a prefix while it runs (dbt's local macro namespace).
 */
final class DbtMacroFunction extends MacroFunction {
    private final String packageName;
    private final Map<String, Object> packageNamespace;

    DbtMacroFunction(MacroFunction source, String packageName, Map<String, Object> packageNamespace) {
        super(source, source.getName());
        this.packageName = packageName;
        this.packageNamespace = packageNamespace;
    }

    String packageName() {
        return packageName;
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
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
