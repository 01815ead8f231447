package io.gluedbt.compiler.compile;

import io.gluedbt.compiler.artifacts.CompiledNode;
import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.error.SourcePosition;
import io.gluedbt.compiler.jinja.JinjaEnvironment;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.parse.ParseResult;
import io.gluedbt.compiler.sql.Cte;
import io.gluedbt.compiler.sql.CteCollector;
import io.gluedbt.compiler.sql.EphemeralInjector;
import io.gluedbt.compiler.sql.EphemeralSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The runtime render of selected nodes: Jinja with refs resolved, then ephemeral CTEs injected. Ephemerals
 * compile first (in dependency order, once each); the rest compile in parallel on all cores.
 */
public final class Compiler {
    private final ParseResult parsed;
    private final CatalogView catalog;
    private final RunMode mode;
    private final Map<String, EphemeralSource> ephemerals = new ConcurrentHashMap<>();

    private Compiler(ParseResult parsed, CatalogView catalog, RunMode mode) {
        this.parsed = parsed;
        this.catalog = catalog;
        this.mode = mode;
    }

    public static CompileResult compile(ParseResult parsed, Collection<String> nodeIds, CatalogView catalog, RunMode mode) {
        return new Compiler(parsed, catalog, mode).compileAll(nodeIds);
    }

    /** A compiler for node-by-node use during a run (thread-safe; ephemerals compile once, on first use). */
    public static Compiler create(ParseResult parsed, CatalogView catalog, RunMode mode) {
        return new Compiler(parsed, catalog, mode);
    }

    /** Renders a hook ({@code pre-hook}/{@code post-hook}) of a node: Jinja with the node's {@code this}, refs and config. */
    public String renderForNode(Node node, String template) {
        return parsed.jinja().render(template, node.originalFilePath(), 0, new CompileScope(parsed.manifest(), node, catalog, mode));
    }

    /** Compiles one node against the catalog as it is now (dbt compiles each node just before running it). */
    public CompiledNode compile(Node node) {
        return compileNode(node);
    }

    private CompileResult compileAll(Collection<String> nodeIds) {
        Manifest manifest = parsed.manifest();
        for (Node node : manifest.nodes().values()) {
            if (node.resourceType() == ResourceType.MODEL && node.isEphemeral()) {
                compileEphemeral(node.uniqueId());
            }
        }
        List<Node> targets = nodeIds.stream().map(manifest.nodes()::get)
                .filter(node -> node != null && node.resourceType() != ResourceType.SEED).toList();
        Map<String, CompiledNode> compiled = new ConcurrentHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> targets.parallelStream().forEach(node -> compiled.put(node.uniqueId(), compileNode(node)))).get();
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(exception);
        } catch (ExecutionException exception) {
            if (exception.getCause() instanceof GluedbtException gluedbt) {
                throw gluedbt;
            }
            if (exception.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(exception.getCause());
        } finally {
            pool.shutdown();
        }
        return new CompileResult(compiled);
    }

    private synchronized EphemeralSource compileEphemeral(String id) {
        EphemeralSource existing = ephemerals.get(id);
        if (existing != null) {
            return existing;
        }
        Node node = parsed.manifest().nodes().get(id);
        CompileScope scope = new CompileScope(parsed.manifest(), node, catalog, mode);
        String sql = render(node, scope);
        for (String dependency : scope.ephemeralRefs()) {
            compileEphemeral(dependency);
        }
        EphemeralSource source = new EphemeralSource(id, node.alias(), sql, scope.ephemeralRefs());
        ephemerals.put(id, source);
        return source;
    }

    CompiledNode compileNode(Node node) {
        CompileScope scope = new CompileScope(parsed.manifest(), node, catalog, mode);
        String sql = render(node, scope);
        for (String ephemeral : scope.ephemeralRefs()) {
            compileEphemeral(ephemeral);
        }
        List<Cte> ctes = scope.ephemeralRefs().isEmpty() ? List.of()
                : CteCollector.using(ephemeralId -> Optional.ofNullable(ephemerals.get(ephemeralId))).collect(scope.ephemeralRefs());
        String injected = ctes.isEmpty() ? sql : EphemeralInjector.inject(sql, ctes);
        String path = node.resourceType() == ResourceType.SNAPSHOT ? null : compiledPath(node);
        return new CompiledNode(node.uniqueId(), injected, path, new ArrayList<>(ctes));
    }

    private String render(Node node, CompileScope scope) {
        JinjaEnvironment jinja = parsed.jinja();
        String displayPath = parsed.project().root().name().equals(node.packageName())
                ? node.originalFilePath()
                : displayPathOfPackageNode(node);
        try {
            if (node.testMetadata() != null) {
                return jinja.render(GenericTestTemplate.of(node), displayPath, 0, scope).strip();
            }
            return jinja.render(node.rawCode(), displayPath, 0, scope);
        } catch (GluedbtException exception) {
            throw exception.at(SourcePosition.fileOnly(displayPath));
        }
    }

    private String displayPathOfPackageNode(Node node) {
        return parsed.project().packages().stream().filter(project -> project.name().equals(node.packageName())).findFirst()
                .map(project -> project.displayPath(node.originalFilePath())).orElse(node.originalFilePath());
    }

    /** dbt's compiled_path: target/compiled/&lt;package&gt;/&lt;original path&gt;[/&lt;test file&gt;]. */
    public static String compiledPath(Node node) {
        String base = "target/compiled/" + node.packageName() + "/" + node.originalFilePath();
        return node.testMetadata() != null ? base + "/" + node.path() : base;
    }
}
