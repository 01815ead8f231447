package io.gluedbt.compiler.graph;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** dbt's node selection methods, spelled as on the command line ({@code tag:}, {@code config.x:}, ...). */
public enum MethodName {
    FQN, TAG, GROUP, ACCESS, SOURCE, PATH, FILE, PACKAGE, CONFIG, TEST_NAME, TEST_TYPE, RESOURCE_TYPE,
    STATE, EXPOSURE, METRIC, RESULT, SOURCE_STATUS, VERSION, SEMANTIC_MODEL, SAVED_QUERY, UNIT_TEST;

    public String dbtName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method named {@code name}, or SELECTOR_INVALID naming every valid method as dbt does. */
    public static MethodName fromDbtName(String name, String rawSpec) {
        for (MethodName method : values()) {
            if (method.dbtName().equals(name)) {
                return method;
            }
        }
        throw new GluedbtException(ErrorCode.SELECTOR_INVALID, "The '" + name + "' selector specified in " + rawSpec
                + " is invalid. Must be one of [" + validNames() + "]");
    }

    static String validNames() {
        return Arrays.stream(values()).map(MethodName::dbtName).collect(Collectors.joining(", "));
    }
}
