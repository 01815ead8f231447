package io.gluedbt.compiler.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Python's {@code fnmatch} (case-sensitive, as on POSIX) and {@code pathlib} glob matching of relative paths. */
final class Glob {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Glob() {}

    static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.indexOf('[') >= 0 || pattern.indexOf(']') >= 0;
    }

    /** {@code fnmatch.fnmatchcase}: {@code *} matches anything (slashes too), {@code ?} one character, {@code [...]} a set. */
    static boolean fnmatch(String name, String pattern) {
        if (!hasWildcard(pattern)) {
            return name.equals(pattern);
        }
        return COMPILED.computeIfAbsent(pattern, Glob::translate).matcher(name).matches();
    }

    /**
     * Whether a pathlib glob pattern (relative to the project root) names {@code path}: segment by segment,
     * {@code *} staying inside a segment and {@code **} spanning any number of segments.
     */
    static boolean pathMatches(String path, String pattern) {
        return segmentsMatch(normalize(path).split("/"), 0, normalize(pattern).split("/"), 0);
    }

    static String normalize(String path) {
        String result = path.replace('\\', '/');
        while (result.startsWith("./")) {
            result = result.substring(2);
        }
        while (result.length() > 1 && result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result.replace("/./", "/");
    }

    private static boolean segmentsMatch(String[] path, int pathIndex, String[] pattern, int patternIndex) {
        if (patternIndex == pattern.length) {
            return pathIndex == path.length;
        }
        if (pattern[patternIndex].equals("**")) {
            for (int skip = pathIndex; skip <= path.length; skip++) {
                if (segmentsMatch(path, skip, pattern, patternIndex + 1)) {
                    return true;
                }
            }
            return false;
        }
        return pathIndex < path.length
                && fnmatch(path[pathIndex], pattern[patternIndex])
                && segmentsMatch(path, pathIndex + 1, pattern, patternIndex + 1);
    }

    /** Python's {@code fnmatch.translate}. */
    private static Pattern translate(String pattern) {
        StringBuilder regex = new StringBuilder();
        int index = 0;
        int length = pattern.length();
        while (index < length) {
            char character = pattern.charAt(index++);
            if (character == '*') {
                regex.append(".*");
            } else if (character == '?') {
                regex.append('.');
            } else if (character == '[') {
                int end = index;
                if (end < length && pattern.charAt(end) == '!') {
                    end++;
                }
                if (end < length && pattern.charAt(end) == ']') {
                    end++;
                }
                while (end < length && pattern.charAt(end) != ']') {
                    end++;
                }
                if (end >= length) {
                    regex.append("\\[");
                } else {
                    String set = pattern.substring(index, end).replace("\\", "\\\\");
                    index = end + 1;
                    if (set.startsWith("!")) {
                        set = "^" + set.substring(1);
                    } else if (set.startsWith("^")) {
                        set = "\\" + set;
                    }
                    regex.append('[').append(set.replace("[", "\\[").replace("&&", "\\&\\&")).append(']');
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(character)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
