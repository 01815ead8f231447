package io.gluedbt.compiler.jinja.builtins;

/**
 * {@code modules.re}: {@code match}, {@code search}, {@code fullmatch}, {@code findall}, {@code sub},
 * {@code split}, {@code compile}, {@code escape} and the flags {@code I}, {@code M}, {@code S}, {@code X}.
 */
final class ReModule implements PythonObject {
    static final long IGNORECASE = 2;
    static final long MULTILINE = 8;
    static final long DOTALL = 16;
    static final long VERBOSE = 64;

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "I", "IGNORECASE" -> IGNORECASE;
            case "M", "MULTILINE" -> MULTILINE;
            case "S", "DOTALL" -> DOTALL;
            case "X", "VERBOSE" -> VERBOSE;
            default -> null;
        };
    }

    @Override
    public Object call(String name, PythonArguments arguments) {
        if (name.equals("escape")) {
            return escape(PythonRepr.str(arguments.required(0, "pattern", name)));
        }
        if (name.equals("compile")) {
            return PythonPattern.compile(arguments.required(0, "pattern", name), flags(arguments, 1));
        }
        int flagsIndex = switch (name) {
            case "match", "search", "fullmatch", "findall", "split" -> 2;
            case "sub" -> 4;
            default -> -1;
        };
        if (flagsIndex < 0) {
            return NO_SUCH_METHOD;
        }
        PythonPattern pattern = PythonPattern.compile(arguments.required(0, "pattern", name), flags(arguments, flagsIndex));
        java.util.List<Object> rest = arguments.positional().subList(1, arguments.size());
        java.util.Map<String, Object> keywords = new java.util.LinkedHashMap<>(arguments.keywords());
        keywords.remove("flags");
        keywords.remove("pattern");
        if (rest.size() >= flagsIndex) {
            rest = rest.subList(0, flagsIndex - 1);
        }
        return pattern.call(name, new PythonArguments(rest, keywords));
    }

    private static long flags(PythonArguments arguments, int index) {
        Object flags = arguments.get(index, "flags", 0L);
        return flags == null ? 0 : PythonValues.toInt(flags);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "<module 're'>";
    }
}
