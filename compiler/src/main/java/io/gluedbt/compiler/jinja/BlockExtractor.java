package io.gluedbt.compiler.jinja;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dbt's top-level blocks in a file (dbt's block lexer): {@code {% macro %}}, {@code {% test %}},
 * {@code {% docs %}}, {@code {% snapshot %}}, {@code {% materialization %}}, skipping Jinja comments
 * and {@code {% raw %}} sections. An unclosed block is an error naming the file and line.
 */
public final class BlockExtractor {
    private static final Set<String> KINDS = Set.of("macro", "test", "docs", "snapshot", "materialization");
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%}", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("\\s*([A-Za-z_][\\w]*)\\s*(?:\\((.*)\\))?.*", Pattern.DOTALL);

    private BlockExtractor() {}

    public static List<Block> extract(String text, String displayPath) {
        List<Block> blocks = new ArrayList<>();
        int position = 0;
        String openKind = null;
        String openName = null;
        String openArguments = null;
        int openStart = 0;
        int openBodyStart = 0;
        int openLine = 0;
        while (position < text.length()) {
            int next = text.indexOf('{', position);
            if (next < 0 || next + 1 >= text.length()) {
                break;
            }
            char marker = text.charAt(next + 1);
            if (marker == '#') {
                int end = text.indexOf("#}", next + 2);
                if (end < 0) {
                    throw error(displayPath, text, next, "unclosed comment '{#'");
                }
                position = end + 2;
                continue;
            }
            if (marker != '%') {
                position = next + 1;
                continue;
            }
            Matcher tag = TAG.matcher(text);
            if (!tag.find(next) || tag.start() != next) {
                throw error(displayPath, text, next, "unclosed tag '{%'");
            }
            String word = tag.group(1);
            if (word.equals("raw")) {
                Matcher endRaw = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}").matcher(text);
                if (!endRaw.find(tag.end())) {
                    throw error(displayPath, text, next, "'raw' block is never closed (missing '{% endraw %}')");
                }
                position = endRaw.end();
                continue;
            }
            if (openKind == null && KINDS.contains(word)) {
                Matcher header = HEADER.matcher(tag.group(2));
                if (!header.matches()) {
                    throw error(displayPath, text, next, "'" + word + "' block needs a name");
                }
                openKind = word;
                openName = header.group(1);
                openArguments = header.group(2) == null ? "" : header.group(2).trim();
                openStart = next;
                openBodyStart = tag.end();
                openLine = lineOf(text, next);
            } else if (openKind != null && word.equals("end" + openKind)) {
                blocks.add(new Block(openKind, openName, openArguments, text.substring(openStart, tag.end()),
                        text.substring(openBodyStart, tag.start()), openLine));
                openKind = null;
            } else if (openKind == null && word.startsWith("end") && KINDS.contains(word.substring(3))) {
                throw error(displayPath, text, next, "'" + word + "' without a matching '{% " + word.substring(3) + " %}'");
            }
            position = tag.end();
        }
        if (openKind != null) {
            throw new GluedbtException(ErrorCode.JINJA_SYNTAX, SourcePosition.of(displayPath, openLine),
                    "'" + openKind + " " + openName + "' block is never closed (missing '{% end" + openKind + " %}')");
        }
        return List.copyOf(blocks);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int index = 0; index < offset && index < text.length(); index++) {
            if (text.charAt(index) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static GluedbtException error(String displayPath, String text, int offset, String message) {
        return new GluedbtException(ErrorCode.JINJA_SYNTAX, SourcePosition.of(displayPath, lineOf(text, offset)), message);
    }
}
