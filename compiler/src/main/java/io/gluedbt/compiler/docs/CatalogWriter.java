package io.gluedbt.compiler.docs;

import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code catalog.json} in dbt's catalog v1 shape: keys in dbt's order, tables sorted by unique id, compact JSON with a final newline. */
public interface CatalogWriter {
    String FILE_NAME = "catalog.json";

    static CatalogWriter create() {
        return new JsonCatalogWriter();
    }

    /** The catalog as UTF-8 bytes. */
    byte[] toBytes(CatalogArtifact catalog);

    /** Writes {@code <targetDirectory>/catalog.json} (creating the directory) and returns its path. */
    Path write(Path targetDirectory, CatalogArtifact catalog) throws IOException;
}
