package io.gluedbt.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectArchiveTest {
    @TempDir
    Path directory;

    @Test
    void extractsAProjectInASingleTopFolder() {
        Path root = ProjectArchive.extract(zip(Map.of("demo/dbt_project.yml", "name: demo\n", "demo/models/a.sql", "select 1")), "p.zip", directory,
                ArchiveLimits.defaults());

        assertThat(root).isEqualTo(directory.resolve("demo"));
        assertThat(root.resolve("models/a.sql")).hasContent("select 1");
    }

    @Test
    void rejectsWhatIsNotAZip() {
        assertThatThrownBy(() -> ProjectArchive.extract("hello".getBytes(StandardCharsets.UTF_8), "s3://b/p.zip", directory, ArchiveLimits.defaults()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("s3://b/p.zip: not a zip archive (a dbt project must be uploaded as a .zip of the project directory)")
                .extracting(error -> ((GluedbtException) error).code()).isEqualTo(ErrorCode.PROJECT_INVALID);
    }

    @Test
    void rejectsZipSlip() {
        byte[] archive = zip(Map.of("dbt_project.yml", "name: demo\n", "../../etc/evil.sql", "select 1"));

        assertThatThrownBy(() -> ProjectArchive.extract(archive, "p.zip", directory, ArchiveLimits.defaults()))
                .isInstanceOf(GluedbtException.class).hasMessage("p.zip: entry '../../etc/evil.sql' escapes the project directory");
        assertThat(directory.getParent().getParent().resolve("etc/evil.sql")).doesNotExist();
    }

    @Test
    void rejectsTooManyEntries() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("dbt_project.yml", "name: demo\n");
        for (int index = 0; index < 5; index++) {
            files.put("models/m" + index + ".sql", "select " + index);
        }

        assertThatThrownBy(() -> ProjectArchive.extract(zip(files), "p.zip", directory, new ArchiveLimits(1024, 4)))
                .isInstanceOf(GluedbtException.class).hasMessage("p.zip: more than 4 entries; a dbt project archive holds at most 4");
    }

    @Test
    void rejectsAnArchiveThatExpandsPastTheLimit() {
        byte[] archive = zip(Map.of("dbt_project.yml", "name: demo\n", "seeds/big.csv", "x".repeat(3 * 1024 * 1024)));

        assertThatThrownBy(() -> ProjectArchive.extract(archive, "p.zip", directory, new ArchiveLimits(2 * 1024 * 1024, 10)))
                .isInstanceOf(GluedbtException.class).hasMessage("p.zip: expands to more than 2 MB; a dbt project archive may hold at most that");
    }

    @Test
    void rejectsAnArchiveWithoutDbtProjectYml() {
        assertThatThrownBy(() -> ProjectArchive.extract(zip(Map.of("models/a.sql", "select 1", "README.md", "hi")), "p.zip", directory,
                ArchiveLimits.defaults()))
                .isInstanceOf(GluedbtException.class)
                .hasMessage("p.zip: no dbt_project.yml at the archive root (or in its single top-level folder); zip the dbt project directory itself");
    }

    @Test
    void rejectsATruncatedArchive() {
        byte[] archive = zip(Map.of("dbt_project.yml", "name: demo\n" + "# padding\n".repeat(2000)));
        byte[] truncated = java.util.Arrays.copyOf(archive, 60);

        assertThatThrownBy(() -> ProjectArchive.extract(truncated, "p.zip", directory, ArchiveLimits.defaults()))
                .isInstanceOf(GluedbtException.class).hasMessageStartingWith("p.zip: corrupted zip archive (");
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException exception) {
            throw new java.io.UncheckedIOException(exception);
        }
        return bytes.toByteArray();
    }
}
