package io.gluedbt.compiler.api;

import io.gluedbt.compiler.artifacts.ManifestMetadata;
import io.gluedbt.compiler.artifacts.ManifestWriter;
import io.gluedbt.compiler.artifacts.Quoting;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.compile.CompileResult;
import io.gluedbt.compiler.compile.Compiler;
import io.gluedbt.compiler.engine.Engine;
import io.gluedbt.compiler.run.EngineNodeExecutor;
import io.gluedbt.compiler.run.NodePlanner;
import io.gluedbt.compiler.run.NodeRunResult;
import io.gluedbt.compiler.run.RunPlan;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunResultsWriter;
import io.gluedbt.compiler.run.RunScheduler;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.graph.DependencyGraph;
import io.gluedbt.compiler.graph.NodeSelector;
import io.gluedbt.compiler.graph.SelectionSpec;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.parse.ParseResult;
import io.gluedbt.compiler.parse.ProjectParser;
import io.gluedbt.compiler.project.LoadOptions;
import io.gluedbt.compiler.project.LoadedProject;
import io.gluedbt.compiler.project.ProjectLoader;
import io.gluedbt.compiler.yaml.YamlFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A loaded and parsed project with its graph: the entry point the CLI and the Lambdas share for
 * selection, compile and artifacts.
 */
public final class ProjectSession {
    public static final String DBT_VERSION = "1.10.0";

    private final ParseResult parsed;
    private final DependencyGraph graph;
    private final Map<String, Object> selectors;

    private ProjectSession(ParseResult parsed, DependencyGraph graph, Map<String, Object> selectors) {
        this.parsed = parsed;
        this.graph = graph;
        this.selectors = selectors;
    }

    public static ProjectSession open(LoadOptions options) {
        return open(options, io.gluedbt.compiler.jinja.builtins.JinjaLogSink.discarding());
    }

    public static ProjectSession open(LoadOptions options, io.gluedbt.compiler.jinja.builtins.JinjaLogSink logSink) {
        LoadedProject loaded = ProjectLoader.load(options);
        ParseResult parsed = ProjectParser.parse(loaded, logSink);
        DependencyGraph graph = DependencyGraph.of(parsed.manifest());
        Path selectorsFile = loaded.root().root().resolve("selectors.yml");
        Map<String, Object> selectors = Files.isRegularFile(selectorsFile) ? YamlFile.load(selectorsFile, "selectors.yml").rootMap() : Map.of();
        return new ProjectSession(parsed, graph, selectors);
    }

    public ParseResult parsed() {
        return parsed;
    }

    public Manifest manifest() {
        return parsed.manifest();
    }

    public DependencyGraph graph() {
        return graph;
    }

    public SortedSet<String> select(SelectionRequest request) {
        SelectionSpec spec;
        if (request.selector() != null) {
            if (!request.select().isEmpty()) {
                throw new GluedbtException(ErrorCode.SELECTOR_INVALID, "--selector cannot be combined with --select/-m");
            }
            spec = SelectionSpec.fromSelector(request.selector(), selectors.isEmpty() ? Map.of("selectors", List.of()) : selectors);
        } else {
            spec = SelectionSpec.parse(request.select(), request.exclude());
        }
        return NodeSelector.create(parsed.manifest(), graph).select(spec);
    }

    public CompileResult compile(SortedSet<String> ids, CatalogView catalog, RunMode mode) {
        return Compiler.compile(parsed, ids, catalog, mode);
    }

    /**
     * Executes a command on an engine: plan the selected nodes, run them with dbt's failure semantics, and
     * write run_results.json and manifest.json (with what each node compiled to). The planner turns each
     * compiled node into statements.
     */
    public RunResults run(Engine engine, RunRequest request, NodePlanner planner) {
        java.time.Instant started = java.time.Instant.now();
        RunPlan plan = RunPlan.of(parsed.manifest(), graph, select(request.selection()), request.command());
        engine.ensureSchemas(plan.nodes().stream().filter(node -> node.resourceType() != io.gluedbt.compiler.model.ResourceType.TEST
                || Boolean.TRUE.equals(node.config().get("store_failures"))).map(io.gluedbt.compiler.model.Node::schema).collect(java.util.stream.Collectors.toSet()));
        EngineNodeExecutor executor = new EngineNodeExecutor(engine, Compiler.create(parsed, engine.catalog(), request.mode()), planner);
        List<NodeRunResult> results = RunScheduler.run(plan.nodes(), plan.blockers(), request.threads(), request.failurePolicy(), executor, request.listener());
        double elapsed = (java.time.Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0;
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        args.put("which", request.command().name().toLowerCase(java.util.Locale.ROOT));
        args.put("threads", request.threads());
        args.put("full_refresh", request.mode() == RunMode.FULL_REFRESH);
        args.put("select", request.selection().select());
        args.put("exclude", request.selection().exclude());
        RunResults run = new RunResults(UUID.randomUUID().toString(), started, elapsed, results, args);
        RunResultsWriter.write(targetDirectory(), run, DBT_VERSION);
        writeArtifacts(new CompileResult(executor.compiledNodes()));
        return run;
    }

    /**
     * dbt-glue's materializations for this project's target, with pre-/post-hooks rendered as Jinja
     * (their {@code this}, refs and config) at plan time.
     */
    public NodePlanner planner(RunMode mode) {
        io.gluedbt.compiler.plan.Planner planner = io.gluedbt.compiler.plan.Planner.create();
        io.gluedbt.compiler.plan.PlanContext base = io.gluedbt.compiler.plan.PlanContext.fromTarget(parsed.project().target(),
                parsed.project().root().root());
        return (node, compiled, catalog) -> {
            Compiler compiler = Compiler.create(parsed, catalog, mode);
            return planner.plan(node, compiled, catalog, mode, base.withHookRenderer(compiler::renderForNode));
        };
    }

    /** Renders an inline query ({@code show --inline}) with refs and sources resolved against the manifest. */
    public String compileInline(String sql, CatalogView catalog) {
        return parsed.jinja().render(sql, "inline query", 0, new InlineScope(parsed.manifest(), catalog));
    }

    /** The project's target directory ({@code target-path}, default {@code target}). */
    public Path targetDirectory() {
        return parsed.project().root().root().resolve(parsed.project().root().targetPath());
    }

    /** Writes compiled SQL under target/compiled and target/manifest.json (byte-stable for the same project). */
    public Path writeArtifacts(CompileResult compiled) {
        Path target = targetDirectory();
        Path root = parsed.project().root().root();
        try {
            List<io.gluedbt.compiler.artifacts.CompiledNode> files = compiled.list().stream()
                    .filter(node -> node.compiledPath() != null) // dbt compile keeps snapshot SQL in the manifest only
                    .toList();
            for (Path directory : files.stream().map(node -> root.resolve(node.compiledPath()).getParent()).distinct().toList()) {
                Files.createDirectories(directory);
            }
            io.gluedbt.compiler.parse.ParallelMap.map(files, node -> {
                try {
                    return Files.writeString(root.resolve(node.compiledPath()), node.compiledCode(), StandardCharsets.UTF_8);
                } catch (IOException exception) {
                    throw new UncheckedIOException(exception);
                }
            });
            return ManifestWriter.create().write(target, parsed.manifest(), metadata(), compiled.list());
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /**
     * Deterministic metadata: the invocation id is derived from the manifest's content and the time is
     * {@code SOURCE_DATE_EPOCH} when set, else the epoch, so two compiles of one project are byte-identical.
     */
    ManifestMetadata metadata() {
        StringBuilder fingerprint = new StringBuilder(parsed.manifest().projectName());
        new TreeMap<>(parsed.manifest().nodes()).forEach((id, node) -> fingerprint.append(id).append(node.checksum()).append(node.config()));
        String invocationId = UUID.nameUUIDFromBytes(fingerprint.toString().getBytes(StandardCharsets.UTF_8)).toString();
        String epoch = parsed.project().environment().get("SOURCE_DATE_EPOCH");
        long seconds = epoch == null ? 0 : Long.parseLong(epoch.trim());
        String generatedAt = java.time.Instant.ofEpochSecond(seconds).toString().replace("Z", ".000000Z");
        return new ManifestMetadata(DBT_VERSION, generatedAt, invocationId, generatedAt, generatedAt, Map.of(),
                new Quoting(false, false, false, null), seconds, Map.of());
    }

    /** dbt's "Found 3 models, 1 source, 573 macros" line (non-zero kinds only, as dbt 1.10 prints). */
    public String summary() {
        Manifest manifest = parsed.manifest();
        StringBuilder line = new StringBuilder("Found ");
        List<String> parts = new java.util.ArrayList<>();
        add(parts, manifest.nodesOfType(ResourceType.MODEL).size(), "model");
        add(parts, manifest.nodesOfType(ResourceType.SNAPSHOT).size(), "snapshot");
        add(parts, manifest.nodesOfType(ResourceType.ANALYSIS).size(), "analysis", "analyses");
        add(parts, manifest.nodesOfType(ResourceType.TEST).size(), "data test");
        add(parts, manifest.nodesOfType(ResourceType.SEED).size(), "seed");
        add(parts, manifest.sources().size(), "source");
        add(parts, manifest.exposures().size(), "exposure");
        add(parts, manifest.macros().size(), "macro");
        return line.append(String.join(", ", parts)).toString();
    }

    private static void add(List<String> parts, int count, String singular) {
        add(parts, count, singular, singular + "s");
    }

    private static void add(List<String> parts, int count, String singular, String plural) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? singular : plural));
        }
    }
}
