package io.gluedbt.compiler.jinja.builtins;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.expression.ExpressionStrategy;
import com.hubspot.jinjava.lib.filter.EscapeFilter;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.tree.output.RenderedOutputNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;

/**
 * Prints {@code {{ expression }}} values as Jinja2 does ({@code str()} of the Python value): {@code True},
 * {@code ['a', 'b']}, {@code {'k': None}}, {@code 1.0}. A null prints as the empty string, because Jinjava
 * cannot tell an undefined variable (Jinja2 prints '') from None (Jinja2 prints 'None').
 */
final class PythonExpressionStrategy implements ExpressionStrategy {
    private static final long serialVersionUID = 1L;

    @Override
    public RenderedOutputNode interpretOutput(ExpressionToken master, JinjavaInterpreter interpreter) {
        Object value = interpreter.resolveELExpression(master.getExpr(), master.getLineNumber());
        value = PythonValues.normalize(value);
        String result = value == null ? "" : PythonRepr.str(value);
        if (interpreter.getContext().isAutoEscape() && !(value instanceof SafeString)) {
            result = EscapeFilter.escapeHtmlEntities(result);
        }
        return new RenderedOutputNode(result);
    }
}
