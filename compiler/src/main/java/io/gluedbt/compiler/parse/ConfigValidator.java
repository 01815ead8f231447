package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.error.Suggestions;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks at compile time what dbt-glue would only find at run time: the materialization exists, the
 * incremental strategy exists, and {@code merge} has a table format that can merge (hudi, delta, iceberg).
 */
final class ConfigValidator {
    private static final List<String> MATERIALIZATIONS = List.of("table", "view", "incremental", "ephemeral");
    private static final List<String> STRATEGIES = List.of("append", "insert_overwrite", "merge");
    private static final Set<String> MERGE_FORMATS = Set.of("hudi", "delta", "iceberg");
    private static final List<String> FORMATS = List.of("parquet", "csv", "hudi", "delta", "iceberg", "orc", "json", "avro", "text");

    private ConfigValidator() {}

    static void validate(Node node, String displayPath) {
        if (node.resourceType() != ResourceType.MODEL) {
            return;
        }
        String materialized = node.materialized();
        SourcePosition position = SourcePosition.of(displayPath, RefResolver.lineOf(node.rawCode(), "materialized"));
        if (!MATERIALIZATIONS.contains(materialized)) {
            throw new GluedbtException(ErrorCode.MATERIALIZATION_INVALID, position, "model '" + node.name()
                    + "' has unknown materialization '" + materialized + "'" + Suggestions.didYouMean(materialized, MATERIALIZATIONS)
                    + "; use one of " + String.join(", ", MATERIALIZATIONS));
        }
        String fileFormat = node.configValue("file_format").map(Object::toString).map(value -> value.toLowerCase(Locale.ROOT)).orElse("parquet");
        if (!FORMATS.contains(fileFormat)) {
            throw new GluedbtException(ErrorCode.CONFIG_INVALID, SourcePosition.of(displayPath, RefResolver.lineOf(node.rawCode(), "file_format")),
                    "model '" + node.name() + "' has unknown file_format '" + fileFormat + "'" + Suggestions.didYouMean(fileFormat, FORMATS));
        }
        if (!materialized.equals("incremental")) {
            return;
        }
        String strategy = node.configValue("incremental_strategy").map(Object::toString).orElse("hudi".equals(fileFormat) ? "merge" : "insert_overwrite");
        SourcePosition strategyPosition = SourcePosition.of(displayPath, RefResolver.lineOf(node.rawCode(), "incremental_strategy"));
        if (!STRATEGIES.contains(strategy)) {
            throw new GluedbtException(ErrorCode.INCREMENTAL_STRATEGY_INVALID, strategyPosition, "model '" + node.name()
                    + "' has unknown incremental_strategy '" + strategy + "'" + Suggestions.didYouMean(strategy, STRATEGIES)
                    + "; use one of " + String.join(", ", STRATEGIES));
        }
        if (strategy.equals("merge") && !MERGE_FORMATS.contains(fileFormat)) {
            throw new GluedbtException(ErrorCode.INCREMENTAL_STRATEGY_INVALID, strategyPosition, "model '" + node.name()
                    + "' uses incremental_strategy 'merge' with file_format '" + fileFormat
                    + "': merge needs file_format 'iceberg', 'delta' or 'hudi' (or use 'append' / 'insert_overwrite')");
        }
    }
}
