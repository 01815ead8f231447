package io.gluedbt.compiler.artifacts;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.SourceTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assembles the top level of manifest.json from the per-resource serializers. */
final class JsonManifestWriter implements ManifestWriter {
    private static final List<String> EMPTY_SECTIONS_BEFORE_SELECTORS = List.of("metrics", "groups");
    private static final List<String> EMPTY_SECTIONS_AT_END = List.of("saved_queries", "semantic_models", "unit_tests");

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    JsonManifestWriter() {
        mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        writer = mapper.writer();
    }

    @Override
    public ObjectNode toJsonTree(Manifest manifest, ManifestMetadata metadata, List<CompiledNode> compiled) {
        requireNonNull(manifest, "manifest is null");
        requireNonNull(metadata, "metadata is null");
        Map<String, CompiledNode> compiledById = index(requireNonNull(compiled, "compiled is null"));
        ObjectNode root = JsonValues.object();
        root.set("metadata", MetadataSerializer.serialize(metadata, manifest.projectName(), manifest.adapterType()));
        ObjectNode nodes = root.putObject("nodes");
        manifest.nodes().forEach((id, node) ->
                nodes.set(id, NodeSerializer.serialize(node, compiledById.get(id), metadata.createdAt(id))));
        ObjectNode sources = root.putObject("sources");
        manifest.sources().forEach((id, source) -> {
            if (source.isEnabled()) {
                sources.set(id, SourceSerializer.serialize(source, metadata.createdAt(id)));
            }
        });
        ObjectNode macros = root.putObject("macros");
        manifest.macros().forEach((id, macro) -> macros.set(id, MacroSerializer.serialize(macro, metadata.createdAt(id))));
        ObjectNode docs = root.putObject("docs");
        manifest.docs().forEach((id, doc) -> docs.set(id, DocSerializer.serialize(doc)));
        ObjectNode exposures = root.putObject("exposures");
        manifest.exposures().forEach((id, exposure) ->
                exposures.set(id, ExposureSerializer.serialize(exposure, metadata.createdAt(id))));
        EMPTY_SECTIONS_BEFORE_SELECTORS.forEach(root::putObject);
        root.set("selectors", JsonValues.toNode(manifest.selectors()));
        root.set("disabled", disabled(manifest, metadata));
        DependencyMaps dependencies = DependencyMaps.of(manifest);
        root.set("parent_map", dependencies.parentMap());
        root.set("child_map", dependencies.childMap());
        root.putObject("group_map");
        EMPTY_SECTIONS_AT_END.forEach(root::putObject);
        return root;
    }

    /** Disabled nodes and sources, each id mapping to a one-element list as in dbt. */
    private static ObjectNode disabled(Manifest manifest, ManifestMetadata metadata) {
        Map<String, ObjectNode> entries = new TreeMap<>();
        manifest.disabled().forEach((id, node) -> entries.put(id, NodeSerializer.serialize(node, null, metadata.createdAt(id))));
        for (SourceTable source : manifest.sources().values()) {
            if (!source.isEnabled()) {
                entries.put(source.uniqueId(), SourceSerializer.serialize(source, metadata.createdAt(source.uniqueId())));
            }
        }
        ObjectNode disabled = JsonValues.object();
        entries.forEach((id, entry) -> disabled.putArray(id).add(entry));
        return disabled;
    }

    private static Map<String, CompiledNode> index(List<CompiledNode> compiled) {
        Map<String, CompiledNode> byId = new TreeMap<>();
        for (CompiledNode node : compiled) {
            if (byId.put(node.uniqueId(), node) != null) {
                throw new IllegalArgumentException("compiled results name " + node.uniqueId() + " twice");
            }
        }
        return byId;
    }

    @Override
    public byte[] toBytes(Manifest manifest, ManifestMetadata metadata, List<CompiledNode> compiled) {
        try {
            return (writer.writeValueAsString(toJsonTree(manifest, metadata, compiled)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialize manifest.json", e);
        }
    }

    /**
     * Streams the manifest to a temporary file and moves it into place, so readers never see a half-written
     * manifest. Nodes are serialized in parallel (the bulk of a large project) and spliced in as raw JSON;
     * the bytes equal {@link #toBytes}.
     */
    @Override
    public Path write(Path targetDirectory, Manifest manifest, ManifestMetadata metadata, List<CompiledNode> compiled)
            throws IOException {
        Files.createDirectories(targetDirectory);
        Path file = targetDirectory.resolve(FILE_NAME);
        Path temporary = Files.createTempFile(targetDirectory, ".manifest-", ".json.tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
                    JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
                stream(generator, manifest, metadata, index(compiled));
                generator.flush();
                out.write('\n');
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    private void stream(JsonGenerator generator, Manifest manifest, ManifestMetadata metadata, Map<String, CompiledNode> compiledById)
            throws IOException {
        generator.writeStartObject();
        generator.writeFieldName("metadata");
        writer.writeValue(generator, MetadataSerializer.serialize(metadata, manifest.projectName(), manifest.adapterType()));
        List<String> ids = List.copyOf(manifest.nodes().keySet());
        String[] rendered = new String[ids.size()];
        java.util.stream.IntStream.range(0, ids.size()).parallel().forEach(index -> {
            String id = ids.get(index);
            try {
                rendered[index] = writer.writeValueAsString(NodeSerializer.serialize(manifest.nodes().get(id), compiledById.get(id), metadata.createdAt(id)));
            } catch (JsonProcessingException exception) {
                throw new UncheckedIOException("cannot serialize " + id, exception);
            }
        });
        generator.writeObjectFieldStart("nodes");
        for (int index = 0; index < ids.size(); index++) {
            generator.writeFieldName(ids.get(index));
            generator.writeRawValue(rendered[index]);
        }
        generator.writeEndObject();
        ObjectNode rest = toJsonTree(withoutNodes(manifest), metadata, List.of());
        rest.remove("metadata");
        rest.remove("nodes");
        var fields = rest.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            generator.writeFieldName(field.getKey());
            if (field.getKey().equals("parent_map") || field.getKey().equals("child_map")) {
                writer.writeValue(generator, field.getKey().equals("parent_map") ? dependencies(manifest).parentMap() : dependencies(manifest).childMap());
            } else {
                writer.writeValue(generator, field.getValue());
            }
        }
        generator.writeEndObject();
    }

    private DependencyMaps cachedDependencies;

    private DependencyMaps dependencies(Manifest manifest) {
        if (cachedDependencies == null) {
            cachedDependencies = DependencyMaps.of(manifest);
        }
        return cachedDependencies;
    }

    private static Manifest withoutNodes(Manifest manifest) {
        return new Manifest(manifest.projectName(), manifest.adapterType(), new TreeMap<>(), manifest.sources(), manifest.macros(),
                manifest.docs(), manifest.exposures(), manifest.disabled(), manifest.selectors());
    }
}
