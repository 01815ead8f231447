package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * dbt's published manifest v12 JSON Schema, read from the shared directory: the system property
 * {@code gluedbt.shared.dir}, else {@code <repository root>/../shared}, else {@code /work/shared}.
 * A missing schema fails the test; it never skips it.
 */
final class ManifestSchema {
    private static final String RELATIVE_PATH = "dbt-schemas/manifest-v12.json";
    private static JsonSchema schema;

    private ManifestSchema() {}

    static synchronized Set<ValidationMessage> validate(JsonNode manifest) {
        if (schema == null) {
            schema = load();
        }
        return schema.validate(manifest);
    }

    private static JsonSchema load() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("gluedbt.shared.dir");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).resolve(RELATIVE_PATH));
        }
        Path root = repositoryRoot();
        if (root != null && root.getParent() != null) {
            candidates.add(root.getParent().resolve("shared").resolve(RELATIVE_PATH));
        }
        candidates.add(Path.of("/work/shared").resolve(RELATIVE_PATH));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                try {
                    JsonNode schemaNode = new ObjectMapper().readTree(candidate.toFile());
                    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read the manifest schema " + candidate, e);
                }
            }
        }
        throw new IllegalStateException("dbt's manifest-v12.json schema was not found; looked at " + candidates
                + " (set -Dgluedbt.shared.dir=<dir containing dbt-schemas/>)");
    }

    /** The nearest directory at or above the working directory that holds {@code compiler/pom.xml}. */
    private static Path repositoryRoot() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("compiler").resolve("pom.xml"))) {
                return directory;
            }
        }
        return null;
    }
}
