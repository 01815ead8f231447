package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One dbt project as its dbt_project.yml declares it: the root project or an installed package.
 * Config trees ({@code models:}, {@code seeds:}, ...) are kept raw, keys as written ({@code +materialized}
 * and bare keys alike); {@link ConfigTree} resolves them for a node's fqn.
 *
 * @param root absolute directory holding dbt_project.yml
 * @param relativeRoot the directory relative to the root project ("" for the root project,
 *     "dbt_packages/foo" for a package), used to print file paths
 */
public record Project(
        String name,
        String version,
        String configVersion,
        String profileName,
        Path root,
        String relativeRoot,
        List<String> modelPaths,
        List<String> seedPaths,
        List<String> snapshotPaths,
        List<String> testPaths,
        List<String> analysisPaths,
        List<String> macroPaths,
        List<String> docsPaths,
        String targetPath,
        String packagesInstallPath,
        List<String> cleanTargets,
        Map<String, Object> vars,
        Map<String, Object> models,
        Map<String, Object> seeds,
        Map<String, Object> snapshots,
        Map<String, Object> tests,
        Map<String, Object> sources,
        Map<String, Object> analyses,
        Map<String, Object> exposures,
        List<String> onRunStart,
        List<String> onRunEnd,
        List<Map<String, Object>> dispatch,
        List<String> requireDbtVersion,
        Map<String, Object> flags,
        Map<String, Object> quoting,
        Object queryComment) {

    public Project {
        requireNonNull(name, "name is null");
        requireNonNull(root, "root is null");
        relativeRoot = relativeRoot == null ? "" : relativeRoot;
        modelPaths = List.copyOf(modelPaths);
        seedPaths = List.copyOf(seedPaths);
        snapshotPaths = List.copyOf(snapshotPaths);
        testPaths = List.copyOf(testPaths);
        analysisPaths = List.copyOf(analysisPaths);
        macroPaths = List.copyOf(macroPaths);
        docsPaths = List.copyOf(docsPaths);
        cleanTargets = List.copyOf(cleanTargets);
        vars = OrderedMaps.copy(vars);
        models = OrderedMaps.copy(models);
        seeds = OrderedMaps.copy(seeds);
        snapshots = OrderedMaps.copy(snapshots);
        tests = OrderedMaps.copy(tests);
        sources = OrderedMaps.copy(sources);
        analyses = OrderedMaps.copy(analyses);
        exposures = OrderedMaps.copy(exposures);
        onRunStart = List.copyOf(onRunStart);
        onRunEnd = List.copyOf(onRunEnd);
        dispatch = dispatch.stream().map(OrderedMaps::copy).toList();
        requireDbtVersion = List.copyOf(requireDbtVersion);
        flags = OrderedMaps.copy(flags);
        quoting = OrderedMaps.copy(quoting);
    }

    /** A project-relative file path as dbt prints it in messages ("dbt_packages/foo/models/x.sql"). */
    public String displayPath(String pathInProject) {
        return relativeRoot.isEmpty() ? pathInProject : relativeRoot + "/" + pathInProject;
    }
}
