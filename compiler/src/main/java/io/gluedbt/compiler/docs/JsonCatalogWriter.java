package io.gluedbt.compiler.docs;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** {@link CatalogWriter} with Jackson trees (insertion-ordered, so the output is byte-stable). */
final class JsonCatalogWriter implements CatalogWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public byte[] toBytes(CatalogArtifact catalog) {
        requireNonNull(catalog, "catalog is null");
        ObjectNode root = MAPPER.createObjectNode();
        root.set("metadata", metadata(catalog.metadata()));
        root.set("nodes", tables(catalog.nodes()));
        root.set("sources", tables(catalog.sources()));
        if (catalog.errors().isEmpty()) {
            root.putNull("errors");
        } else {
            ArrayNode errors = root.putArray("errors");
            catalog.errors().forEach(errors::add);
        }
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    @Override
    public Path write(Path targetDirectory, CatalogArtifact catalog) throws IOException {
        Files.createDirectories(targetDirectory);
        Path file = targetDirectory.resolve(FILE_NAME);
        Path temporary = targetDirectory.resolve(FILE_NAME + ".tmp");
        Files.write(temporary, toBytes(catalog));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static ObjectNode metadata(CatalogMetadata metadata) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("dbt_schema_version", CatalogMetadata.SCHEMA_VERSION);
        node.put("dbt_version", metadata.dbtVersion());
        node.put("generated_at", metadata.generatedAt());
        node.put("invocation_id", metadata.invocationId());
        node.put("invocation_started_at", metadata.generatedAt());
        ObjectNode environment = node.putObject("env");
        metadata.environment().forEach(environment::put);
        return node;
    }

    private static ObjectNode tables(Map<String, CatalogTable> tables) {
        ObjectNode node = MAPPER.createObjectNode();
        tables.forEach((id, table) -> node.set(id, table(table)));
        return node;
    }

    private static ObjectNode table(CatalogTable table) {
        ObjectNode node = MAPPER.createObjectNode();
        ObjectNode metadata = node.putObject("metadata");
        metadata.put("type", table.type());
        metadata.put("schema", table.schema());
        metadata.put("name", table.name());
        metadata.put("database", table.database());
        metadata.put("comment", table.comment());
        metadata.put("owner", table.owner());
        ObjectNode columns = node.putObject("columns");
        for (CatalogColumn column : table.columns()) {
            ObjectNode entry = columns.putObject(column.name());
            entry.put("type", column.type());
            entry.put("index", column.index());
            entry.put("name", column.name());
            entry.put("comment", column.comment());
        }
        ObjectNode stats = node.putObject("stats");
        for (CatalogStat stat : table.stats()) {
            ObjectNode entry = stats.putObject(stat.id());
            entry.put("id", stat.id());
            entry.put("label", stat.label());
            entry.putPOJO("value", stat.value());
            entry.put("include", stat.include());
            entry.put("description", stat.description());
        }
        node.put("unique_id", table.uniqueId());
        return node;
    }
}
