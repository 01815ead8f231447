package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Per-thread state of the render in progress: the file being rendered, its scope, and the first error a
 * Java function raised (Jinjava turns exceptions into template errors; we keep ours to rethrow them whole).
 */
final class RenderState {
    private static final ThreadLocal<Deque<RenderState>> STACK = ThreadLocal.withInitial(ArrayDeque::new);

    private final String displayPath;
    private final NodeScope scope;
    private final int lineOffset;
    private final java.util.Map<String, Object> statementResults = new java.util.HashMap<>();
    private final MacroCallStack macroCalls = new MacroCallStack();
    private GluedbtException failure;

    private RenderState(String displayPath, NodeScope scope, int lineOffset) {
        this.displayPath = displayPath;
        this.scope = scope;
        this.lineOffset = lineOffset;
    }

    static RenderState enter(String displayPath, NodeScope scope, int lineOffset) {
        RenderState state = new RenderState(displayPath, scope, lineOffset);
        STACK.get().push(state);
        return state;
    }

    static void exit() {
        STACK.get().pop();
    }

    /** The render in progress on this thread, or null (macros also run outside renders, e.g. while loading). */
    static RenderState currentOrNull() {
        return STACK.get().peek();
    }

    static RenderState current() {
        RenderState state = STACK.get().peek();
        if (state == null) {
            throw new IllegalStateException("no render in progress");
        }
        return state;
    }

    NodeScope scope() {
        return scope;
    }

    String displayPath() {
        return displayPath;
    }

    MacroCallStack macroCalls() {
        return macroCalls;
    }

    SourcePosition position(int templateLine) {
        return SourcePosition.of(displayPath, templateLine <= 0 ? 0 : templateLine + lineOffset);
    }

    /** Where an error raised at {@code line} belongs, given the macro calls in progress when it was raised. */
    MacroCallStack.Location locate(java.util.List<MacroFrame> calls, int line) {
        return MacroCallStack.locate(calls, line, this::position);
    }

    /**
     * Records the first failure, placed at the current line (in the innermost macro's file when raised inside a
     * macro, with the calls that led there), and returns it for throwing.
     */
    GluedbtException fail(GluedbtException exception) {
        int line = JinjavaInterpreter.getCurrentMaybe().map(JinjavaInterpreter::getLineNumber).orElse(0);
        MacroCallStack.Location location = locate(macroCalls.snapshot(), line);
        GluedbtException placed = exception.position().isPresent() || location.callChain().isEmpty()
                ? exception.at(location.position())
                : new GluedbtException(exception.code(), location.position(), exception.rawMessage() + location.callChain(), exception);
        if (failure == null) {
            failure = placed;
        }
        return placed;
    }

    java.util.Map<String, Object> statementResults() {
        return statementResults;
    }

    GluedbtException failure() {
        return failure;
    }
}
