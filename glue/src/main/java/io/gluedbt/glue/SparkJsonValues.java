package io.gluedbt.glue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prelude's JSON values back as the embedded engine's Java types, guided by Spark's JSON type
 * ({@code "long"}, {@code "decimal(10,2)"}, {@code {"type":"array","elementType":...}}): String, Long for every
 * integral type, Double (NaN and infinities arrive as strings), BigDecimal, Boolean, byte[] (base64), LocalDate,
 * LocalDateTime (UTC), List, Map (maps as [key, value] pairs, structs as [name, value] pairs, in order).
 */
final class SparkJsonValues {
    private SparkJsonValues() {}

    static Object value(JsonNode type, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String name = type.isTextual() ? type.asText() : type.path("type").asText();
        if (name.startsWith("decimal")) {
            return new BigDecimal(value.asText());
        }
        switch (name) {
            case "byte", "short", "integer", "long":
                return value.asLong();
            case "float", "double":
                return value.isTextual() ? Double.parseDouble(value.asText()) : value.asDouble();
            case "boolean":
                return value.asBoolean();
            case "date":
                return LocalDate.parse(value.asText());
            case "timestamp", "timestamp_ntz":
                return LocalDateTime.parse(value.asText());
            case "binary":
                return Base64.getDecoder().decode(value.asText());
            case "array":
                List<Object> items = new ArrayList<>();
                value.forEach(item -> items.add(value(type.path("elementType"), item)));
                return items;
            case "map":
                Map<Object, Object> map = new LinkedHashMap<>();
                value.forEach(pair -> map.put(value(type.path("keyType"), pair.get(0)), value(type.path("valueType"), pair.get(1))));
                return map;
            case "struct":
                Map<Object, Object> fields = new LinkedHashMap<>();
                JsonNode fieldTypes = type.path("fields");
                for (int index = 0; index < value.size(); index++) {
                    JsonNode pair = value.get(index);
                    fields.put(pair.get(0).asText(), value(fieldTypes.path(index).path("type"), pair.get(1)));
                }
                return fields;
            default:
                return value.isTextual() ? value.asText() : value.toString();
        }
    }

    /** A Spark JSON type as {@code DataType.simpleString} spells it: {@code array<int>}, {@code struct<f:int>}. */
    static String simpleString(JsonNode type) {
        if (type.isTextual()) {
            return switch (type.asText()) {
                case "integer" -> "int";
                case "byte" -> "tinyint";
                case "short" -> "smallint";
                case "long" -> "bigint";
                default -> type.asText();
            };
        }
        return switch (type.path("type").asText()) {
            case "array" -> "array<" + simpleString(type.path("elementType")) + ">";
            case "map" -> "map<" + simpleString(type.path("keyType")) + "," + simpleString(type.path("valueType")) + ">";
            case "struct" -> {
                List<String> fields = new ArrayList<>();
                type.path("fields").forEach(field -> fields.add(field.path("name").asText() + ":" + simpleString(field.path("type"))));
                yield "struct<" + String.join(",", fields) + ">";
            }
            default -> type.path("type").asText();
        };
    }
}
