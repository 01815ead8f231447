package io.gluedbt.local.glue;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading request members, answering a missing one as Glue does (InvalidInputException). */
final class JsonFields {
    private JsonFields() {}

    static String required(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw GlueServiceException.invalidInput("1 validation error detected: Value null at '" + lowerFirst(field)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value.asText();
    }

    static int requiredInt(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw GlueServiceException.invalidInput("1 validation error detected: Value null at '" + lowerFirst(field)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value.asInt();
    }

    static String optional(JsonNode request, String field, String otherwise) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? otherwise : value.asText();
    }

    private static String lowerFirst(String field) {
        return Character.toLowerCase(field.charAt(0)) + field.substring(1);
    }
}
