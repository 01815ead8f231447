package io.gluedbt.compiler.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import io.gluedbt.compiler.error.SourcePosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The macro calls in progress during one render, so that an error raised inside a macro is reported in the
 * macro's file with the chain of calls that led there (Jinjava reports the line in the macro's file only).
 * Template errors recorded while a macro runs are tagged with the call stack of the innermost macro.
 */
final class MacroCallStack {
    /** Where an error belongs and the calls that led there ({@code ""} when raised in the rendered file itself). */
    record Location(SourcePosition position, String callChain) {}

    private final Deque<MacroFrame> frames = new ArrayDeque<>();
    private final Map<TemplateError, List<MacroFrame>> framesByError = new IdentityHashMap<>();

    void enter(MacroFrame frame) {
        frames.push(frame);
    }

    /** Leaves the innermost macro, tagging the failing errors it recorded (if {@code lastErrorBefore} is no longer last). */
    void exit(JinjavaInterpreter interpreter, TemplateError lastErrorBefore) {
        TemplateError last = interpreter.getLastError().orElse(null);
        if (last != null && last != lastErrorBefore) {
            List<MacroFrame> snapshot = snapshot();
            List<TemplateError> errors = interpreter.getErrors();
            for (int index = errors.size() - 1; index >= 0 && errors.get(index) != lastErrorBefore; index--) {
                TemplateError error = errors.get(index);
                if (TemplateFailures.fails(error)) {
                    framesByError.putIfAbsent(error, snapshot);
                }
            }
        }
        frames.pop();
    }

    /** The calls in progress, outermost first. */
    List<MacroFrame> snapshot() {
        List<MacroFrame> outermostFirst = new ArrayList<>(frames);
        Collections.reverse(outermostFirst);
        return List.copyOf(outermostFirst);
    }

    /** The calls in progress when {@code error} was recorded, outermost first (empty if raised outside macros). */
    List<MacroFrame> framesOf(TemplateError error) {
        return framesByError.getOrDefault(error, List.of());
    }

    /**
     * Places an error raised at {@code line} of the innermost of {@code calls}; {@code renderedPosition} maps a
     * line of the rendered file to its position. An error inside dbt's built-in macros, whose files the user does
     * not have, is placed at the user's call into them.
     */
    static Location locate(List<MacroFrame> calls, int line, IntFunction<SourcePosition> renderedPosition) {
        if (calls.isEmpty()) {
            return new Location(renderedPosition.apply(line), "");
        }
        int start = calls.size() - 1;
        while (start > 0 && calls.get(start).builtIn() && calls.get(start - 1).builtIn()) {
            start--;
        }
        MacroFrame innermost = calls.get(start);
        SourcePosition position = innermost.builtIn() ? callSite(calls, start, renderedPosition)
                : SourcePosition.of(innermost.displayPath(), Math.max(line, 0));
        List<String> parts = new ArrayList<>();
        for (int index = start; index >= 0; index--) {
            MacroFrame frame = calls.get(index);
            SourcePosition caller = index == start && frame.builtIn() ? null : callSite(calls, index, renderedPosition);
            parts.add((frame.builtIn() ? "in dbt's built-in macro '" : "in macro '") + frame.name() + "'"
                    + (caller == null ? "" : ", called from " + caller));
        }
        return new Location(position, " (" + String.join("; ", parts) + ")");
    }

    /** The position of the call of {@code calls[index]}, or null when the caller is a built-in macro. */
    private static SourcePosition callSite(List<MacroFrame> calls, int index, IntFunction<SourcePosition> renderedPosition) {
        int line = calls.get(index).callLine();
        if (index == 0) {
            return renderedPosition.apply(line);
        }
        MacroFrame caller = calls.get(index - 1);
        return caller.builtIn() ? null : SourcePosition.of(caller.displayPath(), Math.max(line, 0));
    }
}
