package io.gluedbt.cli;

import io.gluedbt.compiler.project.LoadOptions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** dbt's project flags, shared by every command. */
final class ProjectOptions {
    @Option(names = "--project-dir", description = "Directory holding dbt_project.yml (default: current directory).")
    Path projectDir = Path.of(".");

    @Option(names = "--profiles-dir", description = "Directory holding profiles.yml (default: DBT_PROFILES_DIR, the project dir, ~/.dbt).")
    Path profilesDir;

    @Option(names = {"-t", "--target"}, description = "Profile target to use.")
    String target;

    @Option(names = "--vars", description = "YAML mapping of variables, e.g. '{start: 2016}'.")
    String vars;

    LoadOptions toLoadOptions() {
        LoadOptions options = LoadOptions.forProject(projectDir.toAbsolutePath().normalize());
        if (profilesDir != null) {
            options = options.withProfilesDir(profilesDir.toAbsolutePath().normalize());
        }
        if (target != null) {
            options = options.withTarget(target);
        }
        if (vars != null) {
            options = options.withCliVars(vars);
        }
        return options;
    }
}
