package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.model.OrderedMaps;
import java.util.List;
import java.util.Map;

/**
 * The root project, its installed packages (from dbt_packages/, sorted by name), the selected target
 * and the {@code --vars} given on the command line.
 */
public record LoadedProject(Project root, List<Project> packages, Target target, Map<String, Object> cliVars, Map<String, String> environment) {
    public LoadedProject {
        requireNonNull(root, "root is null");
        requireNonNull(target, "target is null");
        packages = List.copyOf(packages);
        cliVars = OrderedMaps.copy(cliVars);
        environment = Map.copyOf(environment);
    }

    /** Root first, then packages. */
    public List<Project> allProjects() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), packages.stream()).toList();
    }
}
