package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.jinja.Block;
import io.gluedbt.compiler.jinja.BlockExtractor;
import io.gluedbt.compiler.jinja.JinjaEnvironment;
import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceTable;
import io.gluedbt.compiler.project.LoadedProject;
import io.gluedbt.compiler.project.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parses a loaded project into a {@link Manifest}: macros and docs first, then schema files (patches,
 * sources, tests), then SQL and CSV resources, then generic tests; finally refs and sources are
 * resolved into {@code depends_on} and configs are validated.
 */
public final class ProjectParser {
    private ProjectParser() {}

    public static ParseResult parse(LoadedProject loaded) {
        return parse(loaded, io.gluedbt.compiler.jinja.builtins.JinjaLogSink.discarding());
    }

    /** Parses with template {@code log()}/{@code print()} output going to {@code logSink}. */
    public static ParseResult parse(LoadedProject loaded, io.gluedbt.compiler.jinja.builtins.JinjaLogSink logSink) {
        MacroCollector collector = new MacroCollector();
        collector.addBuiltins();
        for (Project project : loaded.allProjects()) {
            collector.addProject(project);
        }
        JinjaEnvironment jinja = JinjaEnvironment.create(collector.files(), JinjaSettings.of(loaded, logSink));
        ParseContext context = new ParseContext(loaded, jinja, new DocRenderer(collector.docsByName()));
        SchemaContents contents = new SchemaContents();
        SchemaYmlParser schemaParser = new SchemaYmlParser(context, contents);
        for (Project project : loaded.allProjects()) {
            List<String> ymlPaths = new ArrayList<>(project.modelPaths());
            ymlPaths.addAll(project.seedPaths());
            ymlPaths.addAll(project.snapshotPaths());
            ymlPaths.addAll(project.analysisPaths());
            ymlPaths.addAll(project.macroPaths());
            for (SourceFile file : ProjectFiles.list(project, ymlPaths.stream().distinct().toList(), Set.of("yml", "yaml"))) {
                schemaParser.parse(file);
            }
        }
        MacroUsage usage = new MacroUsage(loaded.root().name(), collector.macros().values());
        SqlNodeParser sqlParser = new SqlNodeParser(context, contents, usage);
        SeedParser seedParser = new SeedParser(context, contents);
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, String> displayPaths = new HashMap<>();
        List<Node> all = new ArrayList<>();
        for (Project project : loaded.allProjects()) {
            List<SourceFile> modelFiles = ProjectFiles.list(project, project.modelPaths(), Set.of("sql"));
            List<Node> models = ParallelMap.map(modelFiles,
                    file -> sqlParser.parse(file, ResourceType.MODEL, "models", file.baseName(), file.text().strip(), 0, Map.of("materialized", "view")));
            for (int index = 0; index < models.size(); index++) {
                all.add(track(displayPaths, modelFiles.get(index), models.get(index)));
            }
            for (SourceFile file : ProjectFiles.list(project, project.seedPaths(), Set.of("csv"))) {
                all.add(track(displayPaths, file, seedParser.parse(file)));
            }
            for (SourceFile file : ProjectFiles.list(project, project.snapshotPaths(), Set.of("sql"))) {
                for (Block block : BlockExtractor.extract(file.text(), file.displayPath())) {
                    if (block.kind().equals("snapshot")) {
                        Node snapshot = sqlParser.parse(file, ResourceType.SNAPSHOT, "snapshots", block.name(), block.body(), block.line() - 1, Map.of("materialized", "snapshot"));
                        SnapshotValidator.validate(snapshot, file.displayPath(), block.line());
                        all.add(track(displayPaths, file, snapshot));
                    }
                }
            }
            for (SourceFile file : ProjectFiles.list(project, project.testPaths(), Set.of("sql"))) {
                if (!file.pathInResource().startsWith("generic/")) {
                    all.add(track(displayPaths, file, sqlParser.parse(file, ResourceType.TEST, "tests", file.baseName(), file.text().strip(), 0, testDefaults())));
                }
            }
            for (SourceFile file : ProjectFiles.list(project, project.analysisPaths(), Set.of("sql"))) {
                all.add(track(displayPaths, file, sqlParser.parse(file, ResourceType.ANALYSIS, "models", file.baseName(), file.text().strip(), 0, Map.of("materialized", "view"))));
            }
        }
        GenericTestBuilder testBuilder = new GenericTestBuilder(context, testDefaults());
        List<Node> tests = ParallelMap.map(contents.tests(), testBuilder::build);
        for (int index = 0; index < tests.size(); index++) {
            displayPaths.put(tests.get(index).uniqueId(), contents.tests().get(index).position().toString());
            all.add(tests.get(index));
        }
        TreeMap<String, Node> disabled = new TreeMap<>();
        for (Node node : all) {
            if (!node.isEnabled()) {
                disabled.put(node.uniqueId(), node);
                continue;
            }
            Node previous = nodes.put(node.uniqueId(), node);
            if (previous != null) {
                throw new GluedbtException(ErrorCode.DUPLICATE_RESOURCE, SourcePosition.fileOnly(displayPaths.get(node.uniqueId())),
                        "dbt found two " + node.resourceType().dbtName() + "s with the name '" + node.name() + "': "
                                + previous.originalFilePath() + " and " + node.originalFilePath() + "; rename one of them");
            }
        }
        TreeMap<String, SourceTable> sources = new TreeMap<>();
        for (SourceTable source : contents.sources()) {
            if (sources.put(source.uniqueId(), source) != null) {
                throw new GluedbtException(ErrorCode.DUPLICATE_RESOURCE, SourcePosition.fileOnly(source.originalFilePath()),
                        "source table '" + source.sourceName() + "." + source.name() + "' is declared twice");
            }
        }
        RefResolver resolver = new RefResolver(loaded.root().name(), nodes.values(), disabled.values(), sources);
        TreeMap<String, Node> resolved = new TreeMap<>();
        for (Node node : nodes.values()) {
            String displayPath = displayPaths.get(node.uniqueId());
            String filePath = displayPath.contains(":") ? displayPath.substring(0, displayPath.indexOf(':')) : displayPath;
            List<String> dependencies = resolver.dependencies(node.packageName(), node.refs(), node.sources(), filePath, node.rawCode());
            Node withDependencies = node.toBuilder().dependsOnNodes(dependencies).attachedNode(attachedNode(node, dependencies)).build();
            ConfigValidator.validate(withDependencies, filePath);
            resolved.put(node.uniqueId(), withDependencies);
        }
        TreeMap<String, Exposure> exposures = new TreeMap<>();
        for (Exposure exposure : contents.exposures()) {
            List<String> dependencies = resolver.dependencies(exposure.packageName(), exposure.refs(), exposure.sources(), exposure.originalFilePath(), null);
            exposures.put(exposure.uniqueId(), new Exposure(exposure.uniqueId(), exposure.packageName(), exposure.name(), exposure.path(),
                    exposure.originalFilePath(), exposure.fqn(), exposure.type(), exposure.label(), exposure.maturity(), exposure.url(),
                    exposure.description(), exposure.owner(), exposure.refs(), exposure.sources(), dependencies, exposure.meta(), exposure.tags(), exposure.config()));
        }
        Manifest manifest = new Manifest(loaded.root().name(), loaded.target().type(), resolved, sources, new TreeMap<>(collector.macros()),
                new TreeMap<>(collector.docs()), exposures, disabled, Map.of());
        jinja.publishGraph(GraphVariable.of(manifest));
        return new ParseResult(loaded, manifest, jinja);
    }

    private static String attachedNode(Node node, List<String> dependencies) {
        if (node.testMetadata() == null || node.fileKeyName() == null || node.fileKeyName().startsWith("sources.")) {
            return null;
        }
        String target = node.fileKeyName().substring(node.fileKeyName().indexOf('.') + 1);
        return dependencies.stream().filter(id -> id.endsWith("." + target)).findFirst().orElse(null);
    }

    private static Map<String, Object> testDefaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("materialized", "test");
        defaults.put("severity", "ERROR");
        defaults.put("schema", "dbt_test__audit");
        return defaults;
    }

    private static Node track(Map<String, String> displayPaths, SourceFile file, Node node) {
        displayPaths.put(node.uniqueId(), file.displayPath());
        return node;
    }
}
