package io.gluedbt.compiler.project;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where profiles.yml is, in dbt's order: {@code --profiles-dir}, else {@code DBT_PROFILES_DIR}, else
 * the project directory, else {@code ~/.dbt}. An explicit directory (flag or environment variable) is
 * the only place looked at, as in dbt.
 *
 * @param file absolute path of profiles.yml
 * @param displayPath how messages name it: project-relative, "~/.dbt/profiles.yml", or absolute
 */
record ProfilesLocation(Path file, String displayPath) {
    static final String FILE_NAME = "profiles.yml";
    static final String ENVIRONMENT_VARIABLE = "DBT_PROFILES_DIR";

    static ProfilesLocation find(LoadOptions options) {
        List<Path> candidates = new ArrayList<>();
        String environmentDirectory = options.environment().get(ENVIRONMENT_VARIABLE);
        if (options.profilesDir() != null) {
            candidates.add(options.profilesDir());
        } else if (environmentDirectory != null && !environmentDirectory.isBlank()) {
            candidates.add(Path.of(environmentDirectory).toAbsolutePath().normalize());
        } else {
            candidates.add(options.projectDir());
            candidates.add(options.userHome().resolve(".dbt"));
        }
        for (Path directory : candidates) {
            Path file = directory.resolve(FILE_NAME);
            if (Files.isRegularFile(file)) {
                return new ProfilesLocation(file, display(file, options));
            }
        }
        String looked = candidates.stream().map(directory -> lookedIn(directory.resolve(FILE_NAME), options)).collect(Collectors.joining(", "));
        String source = options.profilesDir() != null ? " (from --profiles-dir)"
                : environmentDirectory != null && !environmentDirectory.isBlank() ? " (from " + ENVIRONMENT_VARIABLE + ")" : "";
        throw new GluedbtException(ErrorCode.PROFILE_NOT_FOUND,
                "profiles.yml not found; looked in: " + looked + source
                        + ". Create profiles.yml in one of these places, or pass --profiles-dir (or set " + ENVIRONMENT_VARIABLE + ")");
    }

    private static String lookedIn(Path file, LoadOptions options) {
        String display = display(file, options);
        return display.startsWith("/") || display.startsWith("~") || Path.of(display).isAbsolute() ? display : "./" + display;
    }

    static String display(Path file, LoadOptions options) {
        Path normalized = file.toAbsolutePath().normalize();
        if (normalized.startsWith(options.projectDir())) {
            return options.projectDir().relativize(normalized).toString().replace('\\', '/');
        }
        if (normalized.startsWith(options.userHome())) {
            return "~/" + options.userHome().relativize(normalized).toString().replace('\\', '/');
        }
        return normalized.toString();
    }
}
