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
 * dbt's published JSON Schemas (manifest v12, run_results v6, catalog v1) from the shared directory: the system property
 * {@code gluedbt.shared.dir}, else {@code <repository root>/../shared}, else {@code /work/shared}. A missing schema
 * fails the test; it never skips it. (Same lookup as the compiler module's test helper of the same name, which is
 * package-private there.)
 */
final class DbtSchemas {
    static final String MANIFEST = "manifest-v12.json";
    static final String RUN_RESULTS = "run-results-v6.json";
    static final String CATALOG = "catalog-v1.json";
    private static final java.util.Map<String, JsonSchema> SCHEMAS = new java.util.HashMap<>();

    private DbtSchemas() {}

    static Set<ValidationMessage> validate(Path manifestFile, Path repositoryRoot) {
        return validate(manifestFile, repositoryRoot, MANIFEST);
    }

    static synchronized Set<ValidationMessage> validate(Path file, Path repositoryRoot, String schemaName) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaName, name -> load(repositoryRoot, "dbt-schemas/" + name));
        try {
            return schema.validate(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static JsonSchema load(Path repositoryRoot, String relativePath) {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("gluedbt.shared.dir");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).resolve(relativePath));
        }
        if (repositoryRoot.getParent() != null) {
            candidates.add(repositoryRoot.getParent().resolve("shared").resolve(relativePath));
        }
        candidates.add(Path.of("/work/shared").resolve(relativePath));
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
        throw new IllegalStateException("dbt's " + relativePath + " schema was not found; looked at " + candidates
                + " (set -Dgluedbt.shared.dir=<dir containing dbt-schemas/>)");
    }
}
