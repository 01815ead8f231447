package io.gluedbt.compiler.artifacts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gluedbt.compiler.model.Manifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code manifest.json} in dbt's v12 shape. Output is byte-stable: keys in dbt's field order, maps
 * sorted by unique id, no clock reads; compact JSON as dbt writes it, with a final newline. Fields added to the schema after dbt 1.10 (such as {@code functions}) are not written.
 */
public interface ManifestWriter {
    String FILE_NAME = "manifest.json";

    static ManifestWriter create() {
        return new JsonManifestWriter();
    }

    /** The manifest as an ordered JSON tree. */
    ObjectNode toJsonTree(Manifest manifest, ManifestMetadata metadata, List<CompiledNode> compiled);

    /** The manifest as UTF-8 bytes. */
    byte[] toBytes(Manifest manifest, ManifestMetadata metadata, List<CompiledNode> compiled);

    /** Writes {@code <targetDirectory>/manifest.json} (creating the directory) and returns its path. */
    Path write(Path targetDirectory, Manifest manifest, ManifestMetadata metadata, List<CompiledNode> compiled) throws IOException;
}
