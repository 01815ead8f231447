package io.gluedbt.compiler.parse;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.OrderedMaps;
import java.util.Map;

/**
 * A generic test declared in YAML, before it becomes a test node.
 *
 * @param testName the test macro's name without {@code test_} ("not_null")
 * @param namespace the package prefix ({@code dbt_utils} of {@code dbt_utils.expression_is_true}), or null
 * @param targetKind "models", "seeds", "snapshots" or "sources" (the YAML key, as dbt's file_key_name)
 * @param targetName model name, or source name for sources
 * @param tableName the source table, or null
 * @param columnName the column the test sits under, or null
 * @param arguments the test's keyword arguments other than config keys
 * @param config the test's config (severity, where, store_failures, tags, ...)
 */
record TestSpec(String testName, String namespace, String targetKind, String targetName, String tableName, String columnName,
        Map<String, Object> arguments, Map<String, Object> config, String customName, SourceFile file, SourcePosition position) {
    TestSpec {
        requireNonNull(testName, "testName is null");
        requireNonNull(targetKind, "targetKind is null");
        requireNonNull(targetName, "targetName is null");
        arguments = OrderedMaps.copy(arguments);
        config = OrderedMaps.copy(config);
        requireNonNull(file, "file is null");
    }

    String fileKeyName() {
        return targetKind + "." + targetName;
    }
}
