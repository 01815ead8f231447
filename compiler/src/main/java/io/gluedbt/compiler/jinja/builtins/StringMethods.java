package io.gluedbt.compiler.jinja.builtins;

import java.util.ArrayList;
import java.util.List;

/** Python {@code str} methods on Java strings. Returns {@link PythonObject#NO_SUCH_METHOD} for other names. */
final class StringMethods {
    private StringMethods() {}

    static Object call(String text, String method, PythonArguments args) {
        return switch (method) {
            case "split" -> StringSplitting.split(text, args.string(0, "sep", null), args.integer(1, "maxsplit", -1));
            case "rsplit" -> StringSplitting.rsplit(text, args.string(0, "sep", null), args.integer(1, "maxsplit", -1));
            case "splitlines" -> StringSplitting.splitlines(text, args.truthy(0, "keepends"));
            case "partition" -> StringSplitting.partition(text, requiredString(args, "sep", method), false);
            case "rpartition" -> StringSplitting.partition(text, requiredString(args, "sep", method), true);
            case "strip" -> strip(text, args.string(0, "chars", null), true, true);
            case "lstrip" -> strip(text, args.string(0, "chars", null), true, false);
            case "rstrip" -> strip(text, args.string(0, "chars", null), false, true);
            case "lower", "casefold" -> text.toLowerCase(java.util.Locale.ROOT);
            case "upper" -> text.toUpperCase(java.util.Locale.ROOT);
            case "title" -> title(text);
            case "capitalize" -> text.isEmpty() ? text
                    : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1).toLowerCase(java.util.Locale.ROOT);
            case "swapcase" -> swapcase(text);
            case "startswith" -> affix(text, args, true);
            case "endswith" -> affix(text, args, false);
            case "replace" -> replace(text, requiredString(args, "old", method), args.string(1, "new", null), args.integer(2, "count", -1));
            case "find" -> find(text, args, false);
            case "rfind" -> find(text, args, true);
            case "index", "rindex" -> {
                long found = find(text, args, method.equals("rindex"));
                if (found < 0) {
                    throw PythonValues.valueError("substring not found");
                }
                yield found;
            }
            case "count" -> count(text, requiredString(args, "sub", method));
            case "join" -> join(text, args.required(0, "iterable", method));
            case "format" -> StringFormatter.format(text, args);
            case "isdigit", "isnumeric", "isdecimal" -> !text.isEmpty() && text.chars().allMatch(Character::isDigit);
            case "isalpha" -> !text.isEmpty() && text.chars().allMatch(Character::isLetter);
            case "isalnum" -> !text.isEmpty() && text.chars().allMatch(Character::isLetterOrDigit);
            case "isspace" -> !text.isEmpty() && text.chars().allMatch(StringMethods::isPythonSpace);
            case "isupper" -> text.chars().anyMatch(Character::isUpperCase) && text.chars().noneMatch(Character::isLowerCase);
            case "islower" -> text.chars().anyMatch(Character::isLowerCase) && text.chars().noneMatch(Character::isUpperCase);
            case "zfill" -> zfill(text, args.integer(0, "width", 0));
            case "ljust" -> pad(text, args, false);
            case "rjust" -> pad(text, args, true);
            case "center" -> center(text, args);
            case "removeprefix" -> text.startsWith(requiredString(args, "prefix", method))
                    ? text.substring(args.string(0, "prefix", "").length()) : text;
            case "removesuffix" -> {
                String suffix = requiredString(args, "suffix", method);
                yield !suffix.isEmpty() && text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
            }
            default -> PythonObject.NO_SUCH_METHOD;
        };
    }

    private static String requiredString(PythonArguments args, String name, String method) {
        Object value = args.required(0, name, method);
        if (!(value instanceof String text)) {
            throw PythonValues.typeError("must be str, not " + PythonValues.typeName(value));
        }
        return text;
    }

    static boolean isPythonSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f;
    }

    private static String strip(String text, String chars, boolean left, boolean right) {
        int start = 0;
        int end = text.length();
        while (left && start < end && stripped(text.charAt(start), chars)) {
            start++;
        }
        while (right && end > start && stripped(text.charAt(end - 1), chars)) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? isPythonSpace(c) : chars.indexOf(c) >= 0;
    }

    private static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean previousCased = false;
        for (char c : text.toCharArray()) {
            out.append(previousCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            previousCased = Character.isLetter(c);
        }
        return out.toString();
    }

    private static String swapcase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    private static boolean affix(String text, PythonArguments args, boolean prefix) {
        Object wanted = args.required(0, prefix ? "prefix" : "suffix", prefix ? "startswith" : "endswith");
        int length = text.length();
        int start = clampIndex(args.get(1, "start", null), length, 0);
        int end = clampIndex(args.get(2, "end", null), length, length);
        String window = start <= end ? text.substring(start, end) : "";
        List<Object> candidates = wanted instanceof String ? List.of(wanted) : PythonValues.iterate(wanted);
        for (Object candidate : candidates) {
            String affix = PythonRepr.str(candidate);
            if (prefix ? window.startsWith(affix) : window.endsWith(affix)) {
                return true;
            }
        }
        return false;
    }

    /** A Python slice bound: negative counts from the end, then clamped into [0, length]. */
    static int clampIndex(Object bound, int length, int defaultValue) {
        if (bound == null) {
            return defaultValue;
        }
        int index = PythonValues.toInt(bound);
        if (index < 0) {
            index += length;
        }
        return Math.max(0, Math.min(length, index));
    }

    private static String replace(String text, String old, String replacement, int count) {
        if (replacement == null) {
            throw PythonValues.typeError("replace() takes at least 2 arguments (1 given)");
        }
        if (count < 0) {
            return old.isEmpty() ? replace(text, old, replacement, text.length() + 1) : text.replace(old, replacement);
        }
        StringBuilder out = new StringBuilder();
        int position = 0;
        int done = 0;
        if (old.isEmpty()) {
            for (; done < count && position <= text.length(); done++) {
                out.append(replacement);
                if (position < text.length()) {
                    out.append(text.charAt(position));
                }
                position++;
            }
            return position <= text.length() ? out.append(text.substring(position)).toString() : out.toString();
        }
        while (done < count) {
            int found = text.indexOf(old, position);
            if (found < 0) {
                break;
            }
            out.append(text, position, found).append(replacement);
            position = found + old.length();
            done++;
        }
        return out.append(text.substring(position)).toString();
    }

    private static long find(String text, PythonArguments args, boolean fromRight) {
        String sub = PythonRepr.str(args.required(0, "sub", fromRight ? "rfind" : "find"));
        int start = clampIndex(args.get(1, "start", null), text.length(), 0);
        int end = clampIndex(args.get(2, "end", null), text.length(), text.length());
        if (end - start < sub.length()) {
            return -1;
        }
        String window = text.substring(start, end);
        int found = fromRight ? window.lastIndexOf(sub) : window.indexOf(sub);
        return found < 0 ? -1 : found + start;
    }

    private static long count(String text, String sub) {
        if (sub.isEmpty()) {
            return text.length() + 1L;
        }
        long count = 0;
        for (int found = text.indexOf(sub); found >= 0; found = text.indexOf(sub, found + sub.length())) {
            count++;
        }
        return count;
    }

    private static String join(String separator, Object iterable) {
        List<String> parts = new ArrayList<>();
        for (Object item : PythonValues.iterate(iterable)) {
            parts.add(PythonRepr.str(item));
        }
        return String.join(separator, parts);
    }

    private static String zfill(String text, int width) {
        if (text.length() >= width) {
            return text;
        }
        String zeros = "0".repeat(width - text.length());
        if (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            return text.charAt(0) + zeros + text.substring(1);
        }
        return zeros + text;
    }

    private static String pad(String text, PythonArguments args, boolean right) {
        int width = args.integer(0, "width", 0);
        String fill = args.string(1, "fillchar", " ");
        if (text.length() >= width) {
            return text;
        }
        String padding = fill.repeat(width - text.length());
        return right ? padding + text : text + padding;
    }

    private static String center(String text, PythonArguments args) {
        int width = args.integer(0, "width", 0);
        String fill = args.string(1, "fillchar", " ");
        int total = width - text.length();
        if (total <= 0) {
            return text;
        }
        int left = total / 2 + (total & width & 1);
        return fill.repeat(left) + text + fill.repeat(total - left);
    }
}
