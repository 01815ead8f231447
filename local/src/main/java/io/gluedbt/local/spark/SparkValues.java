package io.gluedbt.local.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import scala.collection.Iterator;

/**
 * Spark row values as plain Java: String, Long (all integral types), Double (float and double), BigDecimal,
 * Boolean, byte[], LocalDate, LocalDateTime (timestamps as UTC wall-clock time, the session's time zone),
 * List (arrays), Map (maps, and structs by field name); null stays null.
 */
final class SparkValues {
    private SparkValues() {}

    static List<Object> row(Row row) {
        List<Object> values = new ArrayList<>(row.length());
        for (int index = 0; index < row.length(); index++) {
            values.add(value(row.get(index)));
        }
        return values;
    }

    static Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal
                || value instanceof byte[] || value instanceof LocalDate || value instanceof LocalDateTime) {
            return value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return LocalDateTime.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Row struct) {
            return struct(struct);
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            Map<Object, Object> converted = new LinkedHashMap<>();
            Iterator<? extends Tuple2<?, ?>> entries = map.iterator();
            while (entries.hasNext()) {
                Tuple2<?, ?> entry = entries.next();
                converted.put(value(entry._1()), value(entry._2()));
            }
            return converted;
        }
        if (value instanceof scala.collection.Iterable<?> sequence) {
            List<Object> converted = new ArrayList<>();
            Iterator<?> elements = sequence.iterator();
            while (elements.hasNext()) {
                converted.add(value(elements.next()));
            }
            return converted;
        }
        return value.toString();
    }

    private static Object struct(Row struct) {
        StructType schema = struct.schema();
        if (schema == null) {
            return row(struct);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int index = 0; index < struct.length(); index++) {
            fields.put(schema.fields()[index].name(), value(struct.get(index)));
        }
        return fields;
    }
}
