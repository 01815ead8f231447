package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.model.ColumnInfo;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.project.ConfigMerger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Seeds: CSV files under seed-paths; the header is checked and every row must have as many fields. */
final class SeedParser {
    private final ParseContext context;
    private final SchemaContents contents;
    private final NodeNaming naming;

    SeedParser(ParseContext context, SchemaContents contents) {
        this.context = context;
        this.contents = contents;
        this.naming = new NodeNaming(context.jinja(), context.target());
    }

    Node parse(SourceFile file) {
        String packageName = file.project().name();
        String name = file.baseName();
        List<String> fqn = new ArrayList<>();
        fqn.add(packageName);
        fqn.addAll(file.directories());
        fqn.add(name);
        Patch patch = contents.patch("seed:" + packageName + ":" + name);
        Map<String, Object> config = ConfigMerger.merge(Map.of("materialized", "seed"), context.treeConfig(file.project(), "seeds", fqn));
        if (patch != null) {
            config = ConfigMerger.merge(config, patch.config());
        }
        String delimiter = config.get("delimiter") == null ? "," : config.get("delimiter").toString();
        validate(file, delimiter);
        ParseScope scope = new ParseScope(packageName, config, null, Map.of("name", name));
        NodeNaming.Names names = naming.resolve(name, config, file.displayPath(), scope);
        return Node.builder("seed." + packageName + "." + name, ResourceType.SEED)
                .packageName(packageName).name(name).path(file.pathInResource()).originalFilePath(file.originalFilePath())
                .fqn(fqn).rawCode("").checksum(SqlNodeParser.sha256(file.text())).config(config)
                .database(names.database()).schema(names.schema()).alias(names.alias())
                .relationName(names.schema() + "." + names.alias())
                .description(patch == null ? "" : patch.description())
                .columns(patch == null ? Map.<String, ColumnInfo>of() : patch.columns())
                .patchPath(patch == null ? null : patch.patchPath())
                .build();
    }

    private static void validate(SourceFile file, String delimiter) {
        String[] lines = file.text().split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new GluedbtException(ErrorCode.SEED_INVALID, SourcePosition.of(file.displayPath(), 1), "seed file has no header row");
        }
        int expected = CsvFields.count(lines[0], delimiter.charAt(0));
        for (int index = 1; index < lines.length; index++) {
            if (lines[index].isEmpty() && index == lines.length - 1) {
                continue;
            }
            int found = CsvFields.count(lines[index], delimiter.charAt(0));
            if (found != expected && !CsvFields.hasOpenQuote(lines[index])) {
                throw new GluedbtException(ErrorCode.SEED_INVALID, SourcePosition.of(file.displayPath(), index + 1),
                        "row has " + found + " fields but the header has " + expected
                                + ": check for a missing or extra '" + delimiter + "', and quote values that contain one");
            }
        }
    }
}
