package io.gluedbt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * gluedbt against dbt-core (the oracle, pinned in oracle/requirements.txt): each acceptance project is copied to a
 * scratch directory, compiled by gluedbt in-process and by {@code oracle/run_dbt.sh} (dbt-core + dbt-glue,
 * offline), and {@code oracle/compare_manifests.py} must report no difference in the manifests and the
 * target/compiled trees. The comparator's report is printed into the test log.
 *
 * <p>Never skipped: {@code mvn verify} installs the oracle venv at generate-test-resources (exec-maven-plugin runs
 * {@code oracle/setup.sh}); without it this test fails and says so.
 */
class DbtCoreOracleTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** Variables that would change what either side compiles (DBT_TARGET_PATH, DBT_PROFILES_DIR, env_var() inputs). */
    private static final List<String> HERMETIC_PREFIXES = List.of("DBT_", "FEATURES_");
    private static final AcceptanceProjects PROJECTS = AcceptanceProjects.locate();

    record OracleCase(String name, Path project, Function<Path, Path> profilesDirectory, String target) {
        @Override
        public String toString() {
            return name + " (target " + target + ")";
        }
    }

    static Stream<OracleCase> projects() {
        return Stream.of(
                new OracleCase("nyc_taxi_demo", PROJECTS.nycTaxiDemo(), copy -> copy.resolve("profiles/iceberg"), "dev"),
                new OracleCase("features", PROJECTS.features(), copy -> copy, "dev"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void gluedbtAgreesWithDbtCore(OracleCase testCase, @TempDir Path scratch) {
        Path python = PROJECTS.oracleDirectory().resolve(".venv/bin/python");
        if (!Files.isExecutable(python)) {
            fail("the dbt-core oracle is not installed: " + python + " is missing. Run oracle/setup.sh "
                    + "(or `mvn -B verify` from the repository root, which runs it at generate-test-resources).");
        }
        Path project = AcceptanceProjects.copy(testCase.project(), scratch.resolve(testCase.name()));
        Path profiles = testCase.profilesDirectory().apply(project);
        Path ours = AcceptanceProjects.compile(project, profiles, testCase.target());
        Path theirs = scratch.resolve("oracle-out");

        ExternalProcess dbt = ExternalProcess.run(
                List.of("bash", PROJECTS.oracleDirectory().resolve("run_dbt.sh").toString(),
                        project.toString(), profiles.toString(), testCase.target(), theirs.toString()),
                scratch, scratch.resolve("logs"), TIMEOUT, HERMETIC_PREFIXES);
        assertThat(dbt.exitCode()).as("dbt-core failed on %s:%n%s", testCase, dbt.describe()).isZero();

        ExternalProcess comparison = ExternalProcess.run(
                List.of(python.toString(), PROJECTS.oracleDirectory().resolve("compare_manifests.py").toString(),
                        ours.resolve("manifest.json").toString(), theirs.resolve("manifest.json").toString(),
                        "--compiled-ours", ours.resolve("compiled").toString(),
                        "--compiled-theirs", theirs.resolve("compiled").toString()),
                scratch, scratch.resolve("logs"), TIMEOUT, HERMETIC_PREFIXES);
        System.out.println("compare_manifests.py on " + testCase + ":\n" + comparison.output());

        assertThat(comparison.exitCode()).as("gluedbt differs from dbt-core on %s:%n%s", testCase, comparison.describe()).isZero();
        List<String> lines = comparison.output().strip().lines().toList();
        assertThat(lines).as("comparator output").isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).matches("[1-9][0-9]* passed, 0 failed");
    }
}
