package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Loads a dbt project as dbt-core does: dbt_project.yml (its {@code profile:} first), profiles.yml
 * and the selected target (only that target's values are rendered), then the rest of dbt_project.yml
 * rendered with {@code env_var}, {@code var} (command-line vars) and {@code target}, then the installed
 * packages. Hooks, {@code vars} and {@code query-comment} stay raw for later rendering.
 */
public final class ProjectLoader {
    private ProjectLoader() {}

    public static LoadedProject load(LoadOptions options) {
        requireNonNull(options, "options is null");
        Map<String, Object> cliVars = CliVars.parse(options.cliVars());
        EnvironmentVariables environment = EnvironmentVariables.of(options.environment());
        ProjectFile rootFile = ProjectFile.read(options.projectDir(), "");
        rootFile.name(); // a missing or invalid name is reported before any profile problem, as dbt does
        ConfigRenderer profileRenderer = ConfigRenderer.withoutTarget(environment, cliVars);
        String profileName = rootFile.profileName(profileRenderer);
        Target target = ProfileReader.read(options, profileName, profileRenderer);
        ConfigRenderer projectRenderer = ConfigRenderer.withTarget(environment, cliVars, ProfileReader.targetContext(target));
        Project root = rootFile.build(projectRenderer);
        List<Project> packages = PackageScanner.scan(root, projectRenderer);
        return new LoadedProject(root, packages, target, cliVars, options.environment());
    }
}
