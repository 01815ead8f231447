package io.gluedbt.compiler.parse;

import io.gluedbt.compiler.jinja.JinjaEnvironment;
import io.gluedbt.compiler.project.ConfigTree;
import io.gluedbt.compiler.project.LoadedProject;
import io.gluedbt.compiler.project.Project;
import io.gluedbt.compiler.project.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What every parser step shares: the loaded project, the Jinja environment and the docs. */
final class ParseContext {
    private final LoadedProject project;
    private final JinjaEnvironment jinja;
    private final DocRenderer docs;

    ParseContext(LoadedProject project, JinjaEnvironment jinja, DocRenderer docs) {
        this.project = project;
        this.jinja = jinja;
        this.docs = docs;
    }

    LoadedProject loaded() {
        return project;
    }

    Project root() {
        return project.root();
    }

    Target target() {
        return project.target();
    }

    JinjaEnvironment jinja() {
        return jinja;
    }

    DocRenderer docs() {
        return docs;
    }

    /**
     * The dbt_project.yml config for a node: the node's own project tree, then (for package nodes) the
     * root project's tree on top, so the root project has the last word.
     */
    Map<String, Object> treeConfig(Project owner, String resourceKey, List<String> fqn) {
        List<Map<String, Object>> trees = new ArrayList<>();
        trees.add(tree(owner, resourceKey));
        if (!owner.name().equals(project.root().name())) {
            trees.add(tree(project.root(), resourceKey));
        }
        return ConfigTree.resolveInOrder(trees, fqn);
    }

    private static Map<String, Object> tree(Project project, String resourceKey) {
        return switch (resourceKey) {
            case "models" -> project.models();
            case "seeds" -> project.seeds();
            case "snapshots" -> project.snapshots();
            case "tests" -> project.tests();
            case "sources" -> project.sources();
            case "analyses" -> project.analyses();
            case "exposures" -> project.exposures();
            default -> throw new IllegalArgumentException("unknown resource key " + resourceKey);
        };
    }
}
