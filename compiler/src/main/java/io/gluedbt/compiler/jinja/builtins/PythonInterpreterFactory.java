package io.gluedbt.compiler.jinja.builtins;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * Gives every render's context the {@link PythonExpressionStrategy}. Jinjava copies the global context
 * without its expression strategy at each render, so the strategy must be set on the render's own context;
 * child contexts (macros, loops, nested interpreters) inherit it.
 */
final class PythonInterpreterFactory implements InterpreterFactory {
    @Override
    public JinjavaInterpreter newInstance(JinjavaInterpreter original) {
        return new JinjavaInterpreter(original);
    }

    @Override
    public JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig renderConfig) {
        if (!(context.getExpressionStrategy() instanceof PythonExpressionStrategy)) {
            context.setExpressionStrategy(new PythonExpressionStrategy());
        }
        return new JinjavaInterpreter(application, context, renderConfig);
    }
}
