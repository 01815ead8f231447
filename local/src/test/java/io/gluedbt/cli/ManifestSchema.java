package io.gluedbt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * dbt's published manifest v12 JSON Schema from the shared directory: the system property
 * {@code gluedbt.shared.dir}, else {@code <repository root>/../shared}, else {@code /work/shared}. A missing schema
 * fails the test; it never skips it. (Same lookup as the compiler module's test helper of the same name, which is
 * package-private there.)
 */
final class ManifestSchema {
    private static final String RELATIVE_PATH = "dbt-schemas/manifest-v12.json";
    private static JsonSchema schema;

    private ManifestSchema() {}

    static synchronized Set<ValidationMessage> validate(Path manifestFile, Path repositoryRoot) {
        if (schema == null) {
            schema = load(repositoryRoot);
        }
        try {
            return schema.validate(new ObjectMapper().readTree(manifestFile.toFile()));
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static JsonSchema load(Path repositoryRoot) {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("gluedbt.shared.dir");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).resolve(RELATIVE_PATH));
        }
        if (repositoryRoot.getParent() != null) {
            candidates.add(repositoryRoot.getParent().resolve("shared").resolve(RELATIVE_PATH));
        }
        candidates.add(Path.of("/work/shared").resolve(RELATIVE_PATH));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                try {
                    JsonNode schemaNode = new ObjectMapper().readTree(candidate.toFile());
                    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
                } catch (IOException exception) {
                    throw new UncheckedIOException("cannot read the manifest schema " + candidate, exception);
                }
            }
        }
        throw new IllegalStateException("dbt's manifest-v12.json schema was not found; looked at " + candidates
                + " (set -Dgluedbt.shared.dir=<dir containing dbt-schemas/>)");
    }
}
