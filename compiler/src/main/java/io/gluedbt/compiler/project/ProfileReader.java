package io.gluedbt.compiler.project;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.yaml.YamlFile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Selects the target from profiles.yml as dbt does: the profile named by dbt_project.yml, the target
 * from {@code --target}, else the profile's {@code target:}, else "default". Only the selected
 * target's values are rendered, so other targets may use env vars that are not set. A top-level
 * {@code config:} block is not a profile and is ignored.
 */
final class ProfileReader {
    private static final String DEFAULT_TARGET = "default";
    private static final Set<String> NOT_PROFILES = Set.of("config");
    private static final Set<String> PROFILE_KEYS = Set.of("target", "outputs");
    private static final Set<String> ESSENTIAL_KEYS = Set.of("type", "schema", "database", "threads");
    private static final Set<String> DATABASE_EQUALS_SCHEMA = Set.of("glue", "spark", "local");

    private ProfileReader() {}

    static Target read(LoadOptions options, String profileName, ConfigRenderer renderer) {
        ProfilesLocation location = ProfilesLocation.find(options);
        YamlFile file = YamlFile.load(location.file(), location.displayPath());
        Map<String, Object> root = file.rootMap();
        YamlValues values = new YamlValues(file);
        List<String> profileNames = root.keySet().stream().filter(name -> !NOT_PROFILES.contains(name)).sorted().toList();
        if (!root.containsKey(profileName)) {
            throw new GluedbtException(ErrorCode.PROFILE_NOT_FOUND,
                    "Could not find profile named '" + profileName + "' in " + location.displayPath()
                            + Suggestions.didYouMean(profileName, profileNames)
                            + "; profiles there: " + (profileNames.isEmpty() ? "(none)" : String.join(", ", profileNames))
                            + ". The profile name comes from 'profile:' in dbt_project.yml");
        }
        Map<String, Object> profile = profileMap(file, root, profileName);
        Map<String, Object> outputs = outputs(file, values, profile, profileName);
        String targetName = targetName(options, profile, file, renderer);
        if (!outputs.containsKey(targetName)) {
            List<String> names = outputs.keySet().stream().sorted().toList();
            SourcePosition position = options.target() == null && profile.containsKey("target")
                    ? file.position(profile, "target") : file.position(root, profileName);
            throw new GluedbtException(ErrorCode.TARGET_NOT_FOUND, position,
                    "The profile '" + profileName + "' does not have a target named '" + targetName + "'"
                            + Suggestions.didYouMean(targetName, names) + ". Valid target names: " + String.join(", ", names));
        }
        Map<String, Object> output = outputMap(file, outputs, targetName);
        Map<String, String> unresolved = renderDeferringMissingEnvironment(file, output, renderer);
        TreeRendering.renderMap(file, output, List.of(), renderer, keypath -> keypath.size() == 1 && !(output.get(keypath.get(0)) instanceof Map<?, ?>)
                && !(output.get(keypath.get(0)) instanceof List<?>));
        unresolved.keySet().forEach(output::remove);
        return target(values, output, profileName, targetName, location.displayPath(), unresolved);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> profileMap(YamlFile file, Map<String, Object> root, String profileName) {
        Object profile = root.get(profileName);
        if (profile instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        for (String key : root.keySet()) {
            if (PROFILE_KEYS.contains(key)) {
                throw new GluedbtException(ErrorCode.YAML_INVALID, file.position(root, key),
                        "'" + key + "' is at the top level of profiles.yml, but it belongs to profile '" + profileName
                                + "': check the indentation (indent 'target' and 'outputs' under '" + profileName + ":')");
            }
        }
        throw new GluedbtException(ErrorCode.PROJECT_INVALID, file.position(root, profileName),
                "profile '" + profileName + "' must be a mapping with 'target' and 'outputs', got " + YamlFile.describe(profile));
    }

    private static Map<String, Object> outputs(YamlFile file, YamlValues values, Map<String, Object> profile, String profileName) {
        if (!profile.containsKey("outputs")) {
            throw new GluedbtException(ErrorCode.PROJECT_INVALID, file.position(profile),
                    "profile '" + profileName + "' has no 'outputs': add outputs with at least one target (check the indentation)");
        }
        return values.map(profile, "outputs");
    }

    private static String targetName(LoadOptions options, Map<String, Object> profile, YamlFile file, ConfigRenderer renderer) {
        if (options.target() != null) {
            return options.target();
        }
        Object target = profile.get("target");
        if (target == null) {
            return DEFAULT_TARGET;
        }
        return String.valueOf(target instanceof String text ? renderer.render(text, file.position(profile, "target")) : target);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> outputMap(YamlFile file, Map<String, Object> outputs, String targetName) {
        Object output = outputs.get(targetName);
        if (output instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        for (Map.Entry<String, Object> sibling : outputs.entrySet()) {
            if (!(sibling.getValue() instanceof Map<?, ?>) && !sibling.getKey().equals(targetName)) {
                throw new GluedbtException(ErrorCode.YAML_INVALID, file.position(outputs, sibling.getKey()),
                        "'" + sibling.getKey() + "' is a key of 'outputs', but it belongs to target '" + targetName
                                + "': check the indentation (indent the target's keys under '" + targetName + ":')");
            }
        }
        throw new GluedbtException(ErrorCode.PROJECT_INVALID, file.position(outputs, targetName),
                "target '" + targetName + "' must be a mapping (type, schema, ...), got " + YamlFile.describe(output));
    }

    /**
     * Renders the target's top-level string values; one whose {@code env_var()} is unset is kept aside
     * (unless it is type, schema, database or threads, which every command needs).
     */
    private static Map<String, String> renderDeferringMissingEnvironment(YamlFile file, Map<String, Object> output, ConfigRenderer renderer) {
        Map<String, String> unresolved = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : output.entrySet()) {
            if (entry.getValue() instanceof String text) {
                try {
                    entry.setValue(renderer.render(text, file.position(output, entry.getKey())));
                } catch (GluedbtException exception) {
                    if (exception.code() != ErrorCode.ENV_VAR_MISSING || ESSENTIAL_KEYS.contains(entry.getKey())) {
                        throw exception;
                    }
                    unresolved.put(entry.getKey(), exception.getMessage());
                }
            }
        }
        return unresolved;
    }

    private static Target target(YamlValues values, Map<String, Object> output, String profileName, String targetName, String displayPath,
            Map<String, String> unresolved) {
        String type = values.string(output, "type", null);
        if (type == null || type.isBlank()) {
            throw values.invalid(output, "type", "target '" + targetName + "' of profile '" + profileName + "' has no 'type' (glue or local)");
        }
        String schema = values.string(output, "schema", null);
        if (schema == null || schema.isBlank()) {
            throw values.invalid(output, "schema", "target '" + targetName + "' of profile '" + profileName + "' has no 'schema'"
                    + " (the database models are written to)");
        }
        String database = values.string(output, "database", null);
        if (database != null && !database.equals(schema) && DATABASE_EQUALS_SCHEMA.contains(type)) {
            throw values.invalid(output, "database", "schema '" + schema + "' and database '" + database + "' differ: on "
                    + type + ", database must be omitted or equal to schema");
        }
        Integer threads = values.integer(output, "threads");
        if (threads != null && threads < 1) {
            throw values.invalid(output, "threads", "'threads' must be at least 1, got " + threads);
        }
        if (output.containsKey("threads")) {
            output.put("threads", threads);
        }
        if (output.containsKey("port")) {
            output.put("port", values.integer(output, "port"));
        }
        return new Target(profileName, targetName, type, schema, database, threads == null ? 1 : threads, output, displayPath, unresolved);
    }

    /** The {@code target} variable of dbt_project.yml rendering: the output's values plus dbt's fields. */
    static Map<String, Object> targetContext(Target target) {
        Map<String, Object> context = new java.util.LinkedHashMap<>(target.values());
        context.put("name", target.name());
        context.put("target_name", target.name());
        context.put("profile_name", target.profileName());
        context.put("type", target.type());
        context.put("schema", target.schema());
        context.put("database", target.database());
        context.put("threads", target.threads());
        return context;
    }
}
