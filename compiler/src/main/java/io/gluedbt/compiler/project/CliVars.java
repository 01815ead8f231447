package io.gluedbt.compiler.project;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.OrderedMaps;
import io.gluedbt.compiler.yaml.YamlFile;
import java.util.Map;

/** Parses {@code --vars}: a YAML mapping written inline ({@code '{key: value}'} or {@code 'key: value'}). */
public final class CliVars {
    static final String DISPLAY_NAME = "--vars";

    private CliVars() {}

    /** An empty map for null or blank text; VARS_INVALID when the text is not YAML or not a mapping. */
    public static Map<String, Object> parse(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        YamlFile file;
        try {
            file = YamlFile.parse(text, DISPLAY_NAME);
        } catch (GluedbtException e) {
            throw new GluedbtException(ErrorCode.VARS_INVALID,
                    "--vars is not valid YAML: " + e.getMessage() + " (write it like --vars '{key: value}')", e);
        }
        if (!(file.root() instanceof Map<?, ?> map)) {
            throw new GluedbtException(ErrorCode.VARS_INVALID,
                    "--vars must be a YAML mapping like '{key: value}', got " + YamlFile.describe(file.root()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = (Map<String, Object>) map;
        return OrderedMaps.copy(vars);
    }
}
