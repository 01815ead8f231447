package io.gluedbt.glue;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.project.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one glue target's values as dbt-glue accepts them (numbers and booleans written as strings too,
 * {@code "k=v,k2=v2"} strings or YAML maps); a bad value is a {@link GluedbtException} naming the key and the
 * profiles file.
 */
final class SettingValues {
    private final Target target;

    SettingValues(Target target) {
        this.target = target;
    }

    GluedbtException invalid(String key, String message) {
        return new GluedbtException(ErrorCode.PROJECT_INVALID, SourcePosition.fileOnly(target.profilesFile()),
                "target '" + target.name() + "' of profile '" + target.profileName() + "': '" + key + "' " + message);
    }

    private Object raw(String key) {
        Object value = target.requireValue(key);
        return value instanceof String text && text.isBlank() ? null : value;
    }

    String required(String key, String what) {
        return optionalString(key).orElseThrow(() -> invalid(key, "is required for a glue target (" + what + ")"));
    }

    Optional<String> optionalString(String key) {
        Object value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw invalid(key, "must be a string, got " + describe(value));
        }
        return Optional.of(String.valueOf(value).strip());
    }

    int positiveInteger(String key, int defaultValue) {
        Object value = raw(key);
        if (value == null) {
            return defaultValue;
        }
        long number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = ((Number) value).longValue();
        } else {
            try {
                number = Long.parseLong(String.valueOf(value).strip());
            } catch (NumberFormatException exception) {
                throw invalid(key, "must be a whole number, got " + describe(value));
            }
        }
        if (number < 1 || number > Integer.MAX_VALUE) {
            throw invalid(key, "must be at least 1, got " + number);
        }
        return (int) number;
    }

    boolean flag(String key) {
        Object value = raw(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        return switch (String.valueOf(value).strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw invalid(key, "must be true or false, got " + describe(value));
        };
    }

    /** A YAML list or a comma-separated string; blanks dropped, duplicates dropped, order kept. */
    List<String> list(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> items.add(String.valueOf(item)));
        } else if (value instanceof Map<?, ?>) {
            throw invalid(key, "must be a comma-separated string or a list, got " + describe(value));
        } else {
            items.addAll(List.of(String.valueOf(value).split(",")));
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        items.stream().map(String::strip).filter(item -> !item.isEmpty()).forEach(distinct::add);
        return List.copyOf(distinct);
    }

    /** A YAML map or dbt-glue's {@code "k=v, k2=v2"} string (quotes around keys and values dropped). */
    Map<String, String> keyValues(String key) {
        Object value = raw(key);
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return Collections.unmodifiableMap(result);
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, item) -> result.put(String.valueOf(name), item == null ? "" : String.valueOf(item)));
            return Collections.unmodifiableMap(result);
        }
        if (value instanceof List<?>) {
            throw invalid(key, "must be a map or a \"k=v,k2=v2\" string, got " + describe(value));
        }
        for (String pair : String.valueOf(value).split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw invalid(key, "must be \"k=v,k2=v2\", got the pair '" + pair.strip() + "' without '='");
            }
            result.put(unquote(pair.substring(0, equals)), unquote(pair.substring(equals + 1)));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Spark configuration as dbt-glue passes it in {@code --conf}: {@code "k=v --conf k2=v2"}; a YAML map is
     * joined into that form. Every part must be {@code key=value}.
     */
    Optional<String> sparkConf(String key) {
        Object value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((name, item) -> parts.add(name + "=" + item));
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" --conf ", parts));
        }
        String text = String.valueOf(value).strip();
        if (text.startsWith("--conf ")) {
            text = text.substring("--conf ".length()).strip();
        }
        for (String part : text.split("\\s+--conf\\s+")) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw invalid(key, "must be \"key=value --conf key2=value2\", got the part '" + part.strip() + "' without '='");
            }
        }
        return Optional.of(text);
    }

    Optional<URI> endpoint(String key) {
        Optional<String> text = optionalString(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw invalid(key, "must be an http(s) URL such as https://glue.us-east-1.amazonaws.com, got '" + text.get() + "'");
            }
            return Optional.of(uri);
        } catch (URISyntaxException exception) {
            throw invalid(key, "is not a URL: " + exception.getMessage());
        }
    }

    Optional<String> s3Location(String key) {
        Optional<String> text = optionalString(key);
        if (text.isPresent() && !text.get().matches("s3a?://[^/]+.*")) {
            throw invalid(key, "must be an S3 path such as s3://bucket/prefix, got '" + text.get() + "'");
        }
        return text.map(location -> location.replaceAll("/+$", ""));
    }

    private static String unquote(String text) {
        return text.strip().replaceAll("^[\"']+|[\"']+$", "").strip();
    }

    static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return "'" + value + "'";
    }
}
