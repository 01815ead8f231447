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

    SourcePosition currentPosition() {
        int line = JinjavaInterpreter.getCurrentMaybe().map(JinjavaInterpreter::getLineNumber).orElse(0);
        return SourcePosition.of(displayPath, line <= 0 ? 0 : line + lineOffset);
    }

    SourcePosition position(int templateLine) {
        return SourcePosition.of(displayPath, templateLine <= 0 ? 0 : templateLine + lineOffset);
    }

    /** Records the first failure, placed at the current line, and returns it for throwing. */
    GluedbtException fail(GluedbtException exception) {
        GluedbtException placed = exception.at(currentPosition());
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
