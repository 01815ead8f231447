package io.gluedbt.compiler.docs;

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
 * dbt's published catalog v1 JSON Schema from the shared directory: the system property {@code gluedbt.shared.dir},
 * else {@code <repository root>/../shared}, else {@code /work/shared}. A missing schema fails the test; it never skips it.
 */
final class CatalogSchema {
    private static final String RELATIVE_PATH = "dbt-schemas/catalog-v1.json";
    private static JsonSchema schema;

    private CatalogSchema() {}

    static synchronized Set<ValidationMessage> validate(JsonNode catalog) {
        if (schema == null) {
            schema = load();
        }
        return schema.validate(catalog);
    }

    private static JsonSchema load() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("gluedbt.shared.dir");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property).resolve(RELATIVE_PATH));
        }
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("compiler").resolve("pom.xml")) && directory.getParent() != null) {
                candidates.add(directory.getParent().resolve("shared").resolve(RELATIVE_PATH));
                break;
            }
        }
        candidates.add(Path.of("/work/shared").resolve(RELATIVE_PATH));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                try {
                    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(new ObjectMapper().readTree(candidate.toFile()));
                } catch (IOException exception) {
                    throw new IllegalStateException("cannot read the catalog schema " + candidate, exception);
                }
            }
        }
        throw new IllegalStateException("dbt's catalog-v1.json schema was not found; looked at " + candidates
                + " (set -Dgluedbt.shared.dir=<dir containing dbt-schemas/>)");
    }
}
