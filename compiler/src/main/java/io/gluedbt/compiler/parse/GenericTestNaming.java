package io.gluedbt.compiler.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * dbt's names for generic tests: the readable name ({@code not_null_orders_id}), the alias (for names of
 * 64 characters or more: the first 30 characters of type and target, then the md5 of the full name) and
 * the 10-character hash of the test's metadata that ends its unique id.
 */
final class GenericTestNaming {
    private static final int MAX_NAME_LENGTH = 64;
    private static final int SHORT_PREFIX_LENGTH = 30;
    private static final int HASH_LENGTH = 10;

    private GenericTestNaming() {}

    record Names(String name, String fileName) {}

    static Names names(String testType, String targetName, Map<String, Object> kwargs) {
        List<String> flat = new ArrayList<>();
        for (Map.Entry<String, Object> entry : new TreeMap<>(kwargs).entrySet()) {
            if (entry.getKey().equals("model")) {
                continue;
            }
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> map) {
                map.values().forEach(item -> flat.add(pythonString(item)));
            } else if (value instanceof List<?> list) {
                list.forEach(item -> flat.add(pythonString(item)));
            } else {
                flat.add(pythonString(value));
            }
        }
        List<String> clean = flat.stream().map(part -> part.replaceAll("[^0-9a-zA-Z_]+", "_")).toList();
        String unique = String.join("__", clean);
        String fullName = testType + "_" + targetName + "_" + unique;
        if (fullName.length() < MAX_NAME_LENGTH) {
            return new Names(fullName, fullName);
        }
        String prefix = testType + "_" + targetName;
        return new Names(fullName, prefix.substring(0, Math.min(SHORT_PREFIX_LENGTH, prefix.length())) + "_" + md5(fullName));
    }

    /** The last 10 hex digits of md5(name + repr(sorted, stringified test metadata)). */
    static String hash(String name, Map<String, Object> testMetadata) {
        return md5(name + PythonRepr.repr(hashable(testMetadata))).substring(32 - HASH_LENGTH);
    }

    private static Object hashable(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), hashable(item)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GenericTestNaming::hashable).toList();
        }
        return pythonString(value);
    }

    /** Python's {@code str()} of a YAML scalar. */
    static String pythonString(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return PythonRepr.repr(hashable(value));
        }
        return value.toString();
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
