package io.gluedbt.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the schedules from the CDK context key {@value #CONTEXT_KEY}: a JSON list of
 * {@code {name, cron, key, select}} in cdk.json, or the same JSON as a string ({@code -c gluedbt:schedules='[...]'}).
 */
public final class ProjectSchedules {
    public static final String CONTEXT_KEY = "gluedbt:schedules";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProjectSchedules() {
    }

    public static List<ProjectSchedule> fromContext(Object context) {
        if (context == null) {
            return List.of();
        }
        List<Map<String, Object>> entries;
        try {
            Object value = context instanceof String text ? MAPPER.readValue(text, Object.class) : context;
            entries = MAPPER.convertValue(value, new TypeReference<List<Map<String, Object>>>() { });
        } catch (JsonProcessingException | IllegalArgumentException exception) {
            throw new IllegalArgumentException(CONTEXT_KEY + ": expected a JSON list of {name, cron, key, select}: " + exception.getMessage(), exception);
        }
        List<ProjectSchedule> schedules = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            try {
                schedules.add(schedule(entries.get(index)));
            } catch (IllegalArgumentException exception) {
                throw new IllegalArgumentException(CONTEXT_KEY + "[" + index + "]: " + exception.getMessage(), exception);
            }
        }
        if (schedules.stream().map(ProjectSchedule::name).distinct().count() != schedules.size()) {
            throw new IllegalArgumentException(CONTEXT_KEY + ": schedule names must be unique");
        }
        return List.copyOf(schedules);
    }

    private static ProjectSchedule schedule(Map<String, Object> entry) {
        Object select = entry.get("select");
        List<String> selection = select == null ? List.of()
                : select instanceof String text ? List.of(text.trim().split("\\s+")) : MAPPER.convertValue(select, new TypeReference<List<String>>() { });
        return new ProjectSchedule(text(entry, "name"), text(entry, "cron"), text(entry, "key"), selection);
    }

    private static String text(Map<String, Object> entry, String field) {
        Object value = entry.get(field);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("'" + field + "' is missing or not a string");
        }
        return text;
    }
}
