package io.gluedbt.compiler.yaml;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns SnakeYAML's parse errors into YAML_INVALID errors with a position and a hint a user can act on. */
final class YamlErrors {
    private YamlErrors() {}

    static GluedbtException malformed(MarkedYAMLException exception, String displayPath, String text) {
        Mark mark = exception.getProblemMark() != null ? exception.getProblemMark() : exception.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        SourcePosition position = new SourcePosition(displayPath, line, column);
        String problem = exception.getProblem() == null ? "invalid YAML" : exception.getProblem().trim();
        String lineText = line(text, line);
        String message;
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            message = "tab character used for indentation: YAML allows only spaces (replace the tab with spaces)";
        } else if (problem.startsWith("mapping values are not allowed here")) {
            message = "mapping values are not allowed here" + mappingHint(lineText);
        } else if (problem.startsWith("expected <block end>")) {
            message = problem + contextSuffix(exception) + indentationHint(lineText);
        } else if (problem.contains("could not find expected ':'")) {
            message = problem + contextSuffix(exception) + " (a line is missing ':' after its key, or is indented wrongly)";
        } else if (exception.getContext() != null && exception.getContext().contains("quoted scalar")) {
            message = "a quoted string is not closed" + startedAt(exception) + " (" + problem + ")";
        } else {
            message = problem + contextSuffix(exception);
        }
        return new GluedbtException(ErrorCode.YAML_INVALID, position, message, exception);
    }

    static GluedbtException unreadable(YAMLException exception, String displayPath) {
        return new GluedbtException(ErrorCode.YAML_INVALID, SourcePosition.fileOnly(displayPath),
                "cannot read YAML: " + exception.getMessage(), exception);
    }

    private static String mappingHint(String lineText) {
        String key = keyOf(lineText);
        if (key == null) {
            return " (check the indentation of this line)";
        }
        String afterKey = lineText.substring(lineText.indexOf(':') + 1);
        if (afterKey.contains(": ")) {
            return " (check the indentation of '" + key + "', and quote values that contain ': ')";
        }
        return " (check the indentation of '" + key + "')";
    }

    private static String indentationHint(String lineText) {
        String key = keyOf(lineText);
        return key == null ? " (check the indentation of this line)" : " (check the indentation of '" + key + "')";
    }

    private static String contextSuffix(MarkedYAMLException exception) {
        String context = exception.getContext();
        return context == null ? "" : " " + context.trim() + startedAt(exception);
    }

    private static String startedAt(MarkedYAMLException exception) {
        Mark contextMark = exception.getContextMark();
        Mark problemMark = exception.getProblemMark();
        if (contextMark == null || (problemMark != null && contextMark.getLine() == problemMark.getLine())) {
            return "";
        }
        return " started at line " + (contextMark.getLine() + 1);
    }

    /** The key on a line ("  outputs: x" -> "outputs", "- name: y" -> "name"), or null. */
    private static String keyOf(String lineText) {
        if (lineText == null) {
            return null;
        }
        String trimmed = lineText.strip();
        while (trimmed.startsWith("- ")) {
            trimmed = trimmed.substring(2).strip();
        }
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String key = trimmed.substring(0, colon).strip();
        if (key.length() >= 2 && (key.startsWith("'") || key.startsWith("\""))) {
            key = key.substring(1, key.length() - 1);
        }
        return key.isEmpty() ? null : key;
    }

    private static String line(String text, int line) {
        if (line <= 0) {
            return null;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }
}
