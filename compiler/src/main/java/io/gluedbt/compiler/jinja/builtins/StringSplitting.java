package io.gluedbt.compiler.jinja.builtins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Python's {@code str.split}, {@code rsplit}, {@code splitlines} and {@code partition}. */
final class StringSplitting {
    private StringSplitting() {}

    static List<Object> split(String text, String separator, int maxSplit) {
        if (separator == null) {
            return splitWhitespace(text, maxSplit);
        }
        checkSeparator(separator);
        List<Object> parts = new ArrayList<>();
        int position = 0;
        while (maxSplit < 0 || parts.size() < maxSplit) {
            int found = text.indexOf(separator, position);
            if (found < 0) {
                break;
            }
            parts.add(text.substring(position, found));
            position = found + separator.length();
        }
        parts.add(text.substring(position));
        return parts;
    }

    static List<Object> rsplit(String text, String separator, int maxSplit) {
        if (separator == null) {
            List<Object> reversed = splitWhitespace(new StringBuilder(text).reverse().toString(), maxSplit);
            List<Object> parts = new ArrayList<>();
            for (Object part : reversed) {
                parts.add(new StringBuilder((String) part).reverse().toString());
            }
            Collections.reverse(parts);
            return parts;
        }
        checkSeparator(separator);
        List<Object> parts = new ArrayList<>();
        int end = text.length();
        while (maxSplit < 0 || parts.size() < maxSplit) {
            int found = text.lastIndexOf(separator, end - separator.length());
            if (found < 0 || end - separator.length() < 0) {
                break;
            }
            parts.add(text.substring(found + separator.length(), end));
            end = found;
        }
        parts.add(text.substring(0, end));
        Collections.reverse(parts);
        return parts;
    }

    private static void checkSeparator(String separator) {
        if (separator.isEmpty()) {
            throw PythonValues.valueError("empty separator");
        }
    }

    private static List<Object> splitWhitespace(String text, int maxSplit) {
        List<Object> parts = new ArrayList<>();
        int length = text.length();
        int position = 0;
        while (true) {
            while (position < length && StringMethods.isPythonSpace(text.charAt(position))) {
                position++;
            }
            if (position >= length) {
                return parts;
            }
            if (maxSplit >= 0 && parts.size() >= maxSplit) {
                parts.add(text.substring(position));
                return parts;
            }
            int start = position;
            while (position < length && !StringMethods.isPythonSpace(text.charAt(position))) {
                position++;
            }
            parts.add(text.substring(start, position));
        }
    }

    static List<Object> splitlines(String text, boolean keepEnds) {
        List<Object> lines = new ArrayList<>();
        int start = 0;
        int position = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (isLineBreak(c)) {
                int end = position;
                position += c == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n' ? 2 : 1;
                lines.add(text.substring(start, keepEnds ? position : end));
                start = position;
            } else {
                position++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static PythonTuple partition(String text, String separator, boolean fromRight) {
        checkSeparator(separator);
        int found = fromRight ? text.lastIndexOf(separator) : text.indexOf(separator);
        if (found < 0) {
            return fromRight ? PythonTuple.of("", "", text) : PythonTuple.of(text, "", "");
        }
        return PythonTuple.of(text.substring(0, found), separator, text.substring(found + separator.length()));
    }
}
