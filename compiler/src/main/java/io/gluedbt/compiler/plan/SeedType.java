package io.gluedbt.compiler.plan;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The types dbt infers for seed columns, tried in dbt's order (integer, number, date, datetime, boolean, text),
 * with dbt-glue's Spark types: bigint, double, date, timestamp, boolean, string. {@code ""} and {@code null}
 * (any case) are NULL.
 */
enum SeedType {
    INTEGER("bigint", Pattern.compile("[-+]?\\d+")),
    DECIMAL("double", Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")),
    DATE("date", Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
    TIMESTAMP("timestamp", Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?")),
    BOOLEAN("boolean", Pattern.compile("(?i)true|false")),
    TEXT("string", Pattern.compile("(?s).*"));

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final String sparkType;
    private final Pattern pattern;

    SeedType(String sparkType, Pattern pattern) {
        this.sparkType = sparkType;
        this.pattern = pattern;
    }

    String sparkType() {
        return sparkType;
    }

    static boolean isNull(String value) {
        return value == null || value.isBlank() || value.trim().equalsIgnoreCase("null");
    }

    boolean accepts(String value) {
        String text = value.trim();
        if (!pattern.matcher(text).matches()) {
            return false;
        }
        if (this == INTEGER) {
            BigInteger number = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            return number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0;
        }
        return true;
    }

    /** The value as a Spark SQL literal of this type. */
    String literal(String value) {
        if (isNull(value)) {
            return "NULL";
        }
        String text = value.trim();
        return switch (this) {
            case INTEGER, DECIMAL -> text;
            case DATE -> "DATE '" + text + "'";
            case TIMESTAMP -> "TIMESTAMP '" + text + "'";
            case BOOLEAN -> text.toUpperCase(Locale.ROOT);
            case TEXT -> RelationNames.literal(value);
        };
    }
}
