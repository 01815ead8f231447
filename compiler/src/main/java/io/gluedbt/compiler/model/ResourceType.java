package io.gluedbt.compiler.model;

import java.util.Locale;

/** dbt resource types, named as manifest.json spells them. */
public enum ResourceType {
    MODEL, SEED, SNAPSHOT, TEST, ANALYSIS, OPERATION, SOURCE, MACRO, DOC, EXPOSURE;

    public String dbtName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResourceType fromDbtName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
