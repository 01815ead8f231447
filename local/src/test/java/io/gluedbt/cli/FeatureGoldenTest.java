package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for the feature project's compiled SQL, byte for byte: every file under target/compiled (and the
 * list of files), plus the compiled code of nodes that {@code compile} keeps in manifest.json only (the snapshot).
 * They live in {@code local/src/test/resources/golden/features/}: {@code compiled/<path under target/compiled>} and
 * {@code manifest-only/<unique_id>.sql}.
 *
 * <p>Any difference fails with a unified diff per file. After an intended change, regenerate with
 * <pre>mvn -B -o verify -pl compiler,local -Dtest=FeatureGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgluedbt.updateGolden=true</pre>
 * then read every changed golden file (git diff) before committing it: this test only proves that the output did
 * not change, the golden files are what says it is right.
 *
 * <p>Known differences from dbt-core 1.10.23, whitespace only (the oracle comparison normalises whitespace):
 * generic tests lack dbt's leading blank lines and trailing newlines, and the snapshot keeps a trailing newline.
 */
class FeatureGoldenTest {
    /** System property that rewrites the golden files from the current output instead of comparing. */
    static final String UPDATE_PROPERTY = "gluedbt.updateGolden";
    private static final AcceptanceProjects PROJECTS = AcceptanceProjects.locate();

    @TempDir
    Path scratch;

    @Test
    void compiledSqlMatchesTheGoldenFiles() throws IOException {
        Path project = AcceptanceProjects.copy(PROJECTS.features(), scratch.resolve("features"));
        Path target = AcceptanceProjects.compile(project, project, "dev");
        Map<String, String> actual = compiledOutput(project, target);
        Path golden = PROJECTS.repositoryRoot().resolve("local/src/test/resources/golden/features");

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            rewrite(golden, actual);
            System.out.println("FeatureGoldenTest: rewrote " + actual.size() + " golden files in " + golden);
            return;
        }
        Map<String, String> expected = read(golden);
        StringBuilder differences = new StringBuilder();
        TreeSet<String> files = new TreeSet<>(expected.keySet());
        files.addAll(actual.keySet());
        for (String file : files) {
            if (!actual.containsKey(file)) {
                differences.append("in the golden files but not produced: ").append(file).append('\n');
            } else if (!expected.containsKey(file)) {
                differences.append("produced but not in the golden files: ").append(file).append('\n');
            } else {
                differences.append(UnifiedDiff.of("golden/" + file, expected.get(file), "actual/" + file, actual.get(file)));
            }
        }
        if (!differences.isEmpty()) {
            fail("compiled SQL differs from " + golden + " (regenerate with -D" + UPDATE_PROPERTY + "=true only if the new output is right):\n" + differences);
        }
        assertThat(actual).containsKeys("compiled/features/models/marts/int_trips.sql", "manifest-only/snapshot.features.vendors_snapshot.sql");
    }

    /** {@code compiled/<relative path>} for each file under target/compiled, {@code manifest-only/<id>.sql} for the rest. */
    private static Map<String, String> compiledOutput(Path project, Path target) throws IOException {
        Map<String, String> output = new TreeMap<>();
        Path compiled = target.resolve("compiled");
        for (String file : AcceptanceProjects.relativeFiles(compiled)) {
            output.put("compiled/" + file, Files.readString(compiled.resolve(file), StandardCharsets.UTF_8));
        }
        JsonNode nodes = new ObjectMapper().readTree(target.resolve("manifest.json").toFile()).get("nodes");
        for (Iterator<Map.Entry<String, JsonNode>> entries = nodes.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode code = entry.getValue().get("compiled_code");
            JsonNode path = entry.getValue().get("compiled_path");
            boolean written = path != null && path.isTextual() && Files.isRegularFile(project.resolve(path.asText()));
            if (code != null && code.isTextual() && !written) {
                output.put("manifest-only/" + entry.getKey() + ".sql", code.asText());
            }
        }
        return output;
    }

    private static Map<String, String> read(Path golden) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(golden)) {
            for (String file : AcceptanceProjects.relativeFiles(golden)) {
                files.put(file, Files.readString(golden.resolve(file), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path golden, Map<String, String> files) throws IOException {
        if (Files.isDirectory(golden)) {
            try (Stream<Path> old = Files.walk(golden)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = golden.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
