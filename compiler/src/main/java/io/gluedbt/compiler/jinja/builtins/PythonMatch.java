package io.gluedbt.compiler.jinja.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Python {@code re.Match}: {@code group(n...)}, {@code groups()}, {@code groupdict()}, {@code start}, {@code end}, {@code span}. */
final class PythonMatch implements PythonObject {
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final Matcher result;
    private final String text;
    private final Pattern pattern;

    /** {@code result} must not be used for further matching. */
    PythonMatch(Matcher result, String text, Pattern pattern) {
        this.result = result;
        this.text = text;
        this.pattern = pattern;
    }

    @Override
    public Object attribute(String name) {
        return name.equals("string") ? text : null;
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        return switch (name) {
            case "group" -> group(arguments);
            case "groups" -> {
                List<Object> groups = new ArrayList<>();
                for (int i = 1; i <= result.groupCount(); i++) {
                    String group = result.group(i);
                    groups.add(group == null ? arguments.get(0, "default", null) : group);
                }
                yield new PythonTuple(groups);
            }
            case "groupdict" -> {
                Map<String, Object> named = new LinkedHashMap<>();
                java.util.regex.Matcher names = GROUP_NAME.matcher(pattern.pattern());
                while (names.find()) {
                    named.put(names.group(1), group(names.group(1)));
                }
                yield named;
            }
            case "start" -> (long) result.start(groupIndex(arguments.get(0, "group", 0L)));
            case "end" -> (long) result.end(groupIndex(arguments.get(0, "group", 0L)));
            case "span" -> {
                int index = groupIndex(arguments.get(0, "group", 0L));
                yield PythonTuple.of((long) result.start(index), (long) result.end(index));
            }
            default -> NO_SUCH_METHOD;
        };
    }

    private Object group(PythonArguments arguments) {
        if (arguments.size() <= 1) {
            return group(arguments.get(0, "group", 0L));
        }
        List<Object> groups = new ArrayList<>();
        arguments.positional().forEach(selector -> groups.add(group(selector)));
        return new PythonTuple(groups);
    }

    private Object group(Object selector) {
        if (selector instanceof String name) {
            try {
                return result.group(name);
            } catch (IllegalArgumentException e) {
                throw PythonValues.indexError("no such group");
            }
        }
        int index = groupIndex(selector);
        return result.group(index);
    }

    private int groupIndex(Object selector) {
        int index = PythonValues.toInt(selector);
        if (index < 0 || index > result.groupCount()) {
            throw PythonValues.indexError("no such group");
        }
        return index;
    }

    @Override
    public String toString() {
        return "<re.Match object; span=(" + result.start() + ", " + result.end() + "), match="
                + PythonRepr.repr(result.group()) + ">";
    }
}
