package io.gluedbt.compiler.project;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link ProjectLoader#load(LoadOptions)} needs: the project directory and dbt's flags.
 *
 * @param projectDir directory holding dbt_project.yml
 * @param profilesDir {@code --profiles-dir}, nullable; a relative path is relative to the working directory, as in dbt
 * @param target {@code --target}, nullable
 * @param cliVars {@code --vars} as YAML text, nullable
 * @param environment environment variables ({@code System.getenv()} by default)
 * @param userHome home directory whose {@code .dbt/} is the last place to look for profiles.yml
 */
public record LoadOptions(Path projectDir, Path profilesDir, String target, String cliVars, Map<String, String> environment, Path userHome) {
    public LoadOptions {
        requireNonNull(projectDir, "projectDir is null");
        requireNonNull(environment, "environment is null");
        requireNonNull(userHome, "userHome is null");
        projectDir = projectDir.toAbsolutePath().normalize();
        profilesDir = profilesDir == null ? null : profilesDir.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
        userHome = userHome.toAbsolutePath().normalize();
    }

    /** The process environment and the user's home, no flags. */
    public static LoadOptions forProject(Path projectDir) {
        return new LoadOptions(projectDir, null, null, null, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public LoadOptions withProfilesDir(Path newProfilesDir) {
        return new LoadOptions(projectDir, newProfilesDir, target, cliVars, environment, userHome);
    }

    public LoadOptions withTarget(String newTarget) {
        return new LoadOptions(projectDir, profilesDir, newTarget, cliVars, environment, userHome);
    }

    public LoadOptions withCliVars(String newCliVars) {
        return new LoadOptions(projectDir, profilesDir, target, newCliVars, environment, userHome);
    }

    public LoadOptions withEnvironment(Map<String, String> newEnvironment) {
        return new LoadOptions(projectDir, profilesDir, target, cliVars, newEnvironment, userHome);
    }

    public LoadOptions withUserHome(Path newUserHome) {
        return new LoadOptions(projectDir, profilesDir, target, cliVars, environment, newUserHome);
    }
}
