package io.gluedbt.compiler.project;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.yaml.YamlFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One parsed dbt_project.yml, read in dbt's two steps: first the {@code profile:} key alone (so the
 * profile can be loaded), then the whole file rendered with the selected target and turned into a
 * {@link Project}. Unknown top-level keys are ignored, as dbt does.
 */
final class ProjectFile {
    static final String FILE_NAME = "dbt_project.yml";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path root;
    private final String relativeRoot;
    private final YamlFile file;
    private final Map<String, Object> yaml;
    private final YamlValues values;

    private ProjectFile(Path root, String relativeRoot, YamlFile file) {
        this.root = root;
        this.relativeRoot = relativeRoot;
        this.file = file;
        this.yaml = file.rootMap();
        this.values = new YamlValues(file);
    }

    static ProjectFile read(Path root, String relativeRoot) {
        Path path = root.resolve(FILE_NAME);
        String display = relativeRoot.isEmpty() ? FILE_NAME : relativeRoot + "/" + FILE_NAME;
        if (!Files.isRegularFile(path)) {
            throw new GluedbtException(ErrorCode.PROJECT_NOT_FOUND,
                    "No dbt_project.yml found in " + root + ": run gluedbt from the project's directory "
                            + "or pass --project-dir pointing at the directory that holds dbt_project.yml");
        }
        return new ProjectFile(root, relativeRoot, YamlFile.load(path, display));
    }

    String displayPath() {
        return file.displayPath();
    }

    /** The project's name as written (validated), needed before the profile is loaded. */
    String name() {
        Object name = yaml.get("name");
        if (name == null) {
            throw new GluedbtException(ErrorCode.PROJECT_INVALID, SourcePosition.of(file.displayPath(), 1),
                    "'name' is required in dbt_project.yml (add a line like: name: my_project)");
        }
        if (!(name instanceof String text) || !IDENTIFIER.matcher(text).matches()) {
            throw values.invalid(yaml, "name", "invalid project name " + (name instanceof String ? "'" + name + "'" : YamlFile.describe(name))
                    + ": use only letters, digits and underscores, not starting with a digit");
        }
        return text;
    }

    int nameLine() {
        return file.lineOf(yaml, "name");
    }

    /** {@code profile:} rendered with env_var/var; the project name when absent, as dbt does. */
    String profileName(ConfigRenderer renderer) {
        Object profile = yaml.get("profile");
        if (profile == null) {
            return name();
        }
        if (!(profile instanceof String text)) {
            throw values.invalid(yaml, "profile", "'profile' must be a string, got " + YamlFile.describe(profile));
        }
        return String.valueOf(renderer.render(text, file.position(yaml, "profile")));
    }

    /** Renders the file (except the keys dbt renders later) and builds the project. */
    Project build(ConfigRenderer renderer) {
        TreeRendering.renderMap(file, yaml, List.of(), renderer, TreeRendering::isLateRenderedProjectKey);
        String name = name();
        String configVersion = values.string(yaml, "config-version", "2");
        if (!configVersion.equals("2")) {
            throw values.invalid(yaml, "config-version", "config-version " + configVersion + " is not supported: use config-version: 2 (dbt 1.x)");
        }
        List<String> modelPaths = paths("model-paths", "source-paths", List.of("models"));
        List<String> seedPaths = paths("seed-paths", "data-paths", List.of("seeds"));
        List<String> snapshotPaths = values.stringList(yaml, "snapshot-paths", List.of("snapshots"));
        List<String> testPaths = values.stringList(yaml, "test-paths", List.of("tests"));
        List<String> analysisPaths = values.stringList(yaml, "analysis-paths", List.of("analyses"));
        List<String> macroPaths = values.stringList(yaml, "macro-paths", List.of("macros"));
        List<String> docsPaths = values.stringList(yaml, "docs-paths",
                allSourcePaths(modelPaths, seedPaths, snapshotPaths, testPaths, analysisPaths, macroPaths));
        String targetPath = values.string(yaml, "target-path", "target");
        return new Project(
                name,
                values.string(yaml, "version", null),
                configVersion,
                renderedProfileName(name),
                root,
                relativeRoot,
                modelPaths,
                seedPaths,
                snapshotPaths,
                testPaths,
                analysisPaths,
                macroPaths,
                docsPaths,
                targetPath,
                values.string(yaml, "packages-install-path", "dbt_packages"),
                values.stringList(yaml, "clean-targets", List.of(targetPath)),
                values.map(yaml, "vars"),
                values.map(yaml, "models"),
                values.map(yaml, "seeds"),
                values.map(yaml, "snapshots"),
                values.map(yaml, yaml.containsKey("data_tests") && !yaml.containsKey("tests") ? "data_tests" : "tests"),
                values.map(yaml, "sources"),
                values.map(yaml, "analyses"),
                values.map(yaml, "exposures"),
                values.stringOrList(yaml, "on-run-start"),
                values.stringOrList(yaml, "on-run-end"),
                dispatch(),
                values.stringOrList(yaml, "require-dbt-version"),
                values.map(yaml, "flags"),
                values.map(yaml, "quoting"),
                yaml.get("query-comment"));
    }

    private String renderedProfileName(String name) {
        Object profile = yaml.get("profile");
        return profile == null ? name : String.valueOf(profile);
    }

    private List<String> paths(String key, String legacyKey, List<String> defaultValue) {
        if (yaml.containsKey(key) && yaml.containsKey(legacyKey)) {
            throw values.invalid(yaml, legacyKey, "both '" + key + "' and its old name '" + legacyKey + "' are set: keep only '" + key + "'");
        }
        return yaml.containsKey(legacyKey) ? values.stringList(yaml, legacyKey, defaultValue) : values.stringList(yaml, key, defaultValue);
    }

    @SafeVarargs
    private static List<String> allSourcePaths(List<String>... lists) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (List<String> list : lists) {
            for (String path : list) {
                all.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
            }
        }
        return new ArrayList<>(all);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> dispatch() {
        Object value = yaml.get("dispatch");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw values.invalid(yaml, "dispatch", "'dispatch' must be a list of {macro_namespace, search_order}, got " + YamlFile.describe(value));
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            if (!(list.get(index) instanceof Map<?, ?> entry) || !(entry.get("macro_namespace") instanceof String)) {
                throw new GluedbtException(ErrorCode.PROJECT_INVALID, file.position((List<?>) list, index),
                        "each 'dispatch' entry needs 'macro_namespace' (a string) and 'search_order' (a list of package names)");
            }
            Map<String, Object> typed = (Map<String, Object>) entry;
            values.stringList(typed, "search_order", List.of());
            if (!typed.containsKey("search_order")) {
                throw new GluedbtException(ErrorCode.PROJECT_INVALID, file.position(typed),
                        "dispatch entry for '" + typed.get("macro_namespace") + "' has no 'search_order'");
            }
            entries.add(typed);
        }
        return entries;
    }
}
