package io.gluedbt.compiler.jinja.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A compiled Python regular expression ({@code re.compile(...)}), run with {@link java.util.regex}. */
final class PythonPattern implements PythonObject {
    private final String source;
    private final long flags;
    private final Pattern pattern;

    private PythonPattern(String source, long flags) {
        this.source = source;
        this.flags = flags;
        int javaFlags = 0;
        javaFlags |= (flags & ReModule.IGNORECASE) != 0 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        javaFlags |= (flags & ReModule.MULTILINE) != 0 ? Pattern.MULTILINE : 0;
        javaFlags |= (flags & ReModule.DOTALL) != 0 ? Pattern.DOTALL : 0;
        javaFlags |= (flags & ReModule.VERBOSE) != 0 ? Pattern.COMMENTS : 0;
        try {
            this.pattern = Pattern.compile(toJavaSyntax(source), javaFlags);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new io.gluedbt.compiler.error.GluedbtException(io.gluedbt.compiler.error.ErrorCode.JINJA_RENDER,
                    "re.error: " + e.getDescription() + " in pattern " + PythonRepr.repr(source));
        }
    }

    static PythonPattern compile(Object pattern, long flags) {
        if (pattern instanceof PythonPattern compiled) {
            return compiled;
        }
        return new PythonPattern(PythonRepr.str(pattern), flags);
    }

    /** Python-only syntax to Java: named groups {@code (?P<n>)}, back references {@code (?P=n)}, {@code \Z}. */
    static String toJavaSyntax(String source) {
        return source.replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>").replace("\\Z", "\\z");
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "pattern" -> source;
            case "flags" -> flags;
            case "groups" -> (long) pattern.matcher("").groupCount();
            default -> null;
        };
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "match" -> find(arguments, name, Matcher::lookingAt);
            case "search" -> find(arguments, name, Matcher::find);
            case "fullmatch" -> find(arguments, name, Matcher::matches);
            case "findall" -> findall(PythonRepr.str(arguments.required(0, "string", name)));
            case "sub" -> sub(arguments);
            case "split" -> split(PythonRepr.str(arguments.required(0, "string", name)), arguments.integer(1, "maxsplit", 0));
            default -> NO_SUCH_METHOD;
        };
    }

    private Object find(PythonArguments arguments, String name, java.util.function.Predicate<Matcher> how) {
        String text = PythonRepr.str(arguments.required(0, "string", name));
        Matcher matcher = pattern.matcher(text);
        return how.test(matcher) ? new PythonMatch(matcher, text, pattern) : null;
    }

    private List<Object> findall(String text) {
        Matcher matcher = pattern.matcher(text);
        List<Object> found = new ArrayList<>();
        while (matcher.find()) {
            int groups = matcher.groupCount();
            if (groups == 0) {
                found.add(matcher.group());
            } else if (groups == 1) {
                found.add(orEmpty(matcher.group(1)));
            } else {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= groups; i++) {
                    row.add(orEmpty(matcher.group(i)));
                }
                found.add(new PythonTuple(row));
            }
        }
        return found;
    }

    private static String orEmpty(String group) {
        return group == null ? "" : group;
    }

    private String sub(PythonArguments arguments) {
        String replacement = PythonRepr.str(arguments.required(0, "repl", "sub"));
        String text = PythonRepr.str(arguments.required(1, "string", "sub"));
        int count = arguments.integer(2, "count", 0);
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int position = 0;
        int done = 0;
        while ((count <= 0 || done < count) && matcher.find()) {
            out.append(text, position, matcher.start()).append(expand(replacement, matcher));
            position = matcher.end();
            done++;
        }
        return out.append(text.substring(position)).toString();
    }

    /** Expands {@code \1}, {@code \g<1>}, {@code \g<name>} and escapes in a Python replacement template. */
    private static String expand(String template, Matcher matcher) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '\\' || i + 1 == template.length()) {
                out.append(c);
                continue;
            }
            char next = template.charAt(++i);
            if (Character.isDigit(next)) {
                int end = i + 1 < template.length() && Character.isDigit(template.charAt(i + 1)) ? i + 2 : i + 1;
                out.append(orEmpty(matcher.group(Integer.parseInt(template.substring(i, end)))));
                i = end - 1;
            } else if (next == 'g' && i + 1 < template.length() && template.charAt(i + 1) == '<') {
                int close = template.indexOf('>', i);
                String group = template.substring(i + 2, close);
                out.append(orEmpty(group.chars().allMatch(Character::isDigit)
                        ? matcher.group(Integer.parseInt(group)) : matcher.group(group)));
                i = close;
            } else {
                out.append(switch (next) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case 'r' -> "\r";
                    case '\\' -> "\\";
                    default -> "\\" + next;
                });
            }
        }
        return out.toString();
    }

    private List<Object> split(String text, int maxSplit) {
        Matcher matcher = pattern.matcher(text);
        List<Object> parts = new ArrayList<>();
        int position = 0;
        int done = 0;
        while ((maxSplit <= 0 || done < maxSplit) && matcher.find()) {
            if (matcher.end() == 0 && matcher.start() == 0 && text.isEmpty()) {
                break;
            }
            parts.add(text.substring(position, matcher.start()));
            for (int i = 1; i <= matcher.groupCount(); i++) {
                parts.add(matcher.group(i));
            }
            position = matcher.end();
            done++;
        }
        parts.add(text.substring(position));
        return parts;
    }

    @Override
    public String toString() {
        return "re.compile(" + PythonRepr.repr(source) + ")";
    }
}
