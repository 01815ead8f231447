package io.gluedbt.local.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.api.ProjectSession;
import io.gluedbt.compiler.api.RunRequest;
import io.gluedbt.compiler.api.SelectionRequest;
import io.gluedbt.compiler.compile.RunMode;
import io.gluedbt.compiler.project.LoadOptions;
import io.gluedbt.compiler.run.RunCommand;
import io.gluedbt.compiler.run.RunResults;
import io.gluedbt.compiler.run.RunStatus;
import io.gluedbt.local.Directories;
import io.gluedbt.local.data.NycTaxiGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The blog's NYC taxi project (examples/nyc_taxi_demo) on the test JVM's one engine ({@link TestSpark}): copy it,
 * run selections of it, or make sure its silver and gold tables exist without rebuilding them when an earlier
 * test of the same JVM already did.
 */
public final class NycDemo {
    public static final Path EXAMPLE = Path.of("..", "examples", "nyc_taxi_demo").toAbsolutePath().normalize();
    public static final String SCHEMA = "dbt_glue_demo_nyc_metrics";
    public static final int ROWS = 20_000;

    private NycDemo() {}

    /** A copy of the example under {@code work/nyc_taxi_demo}, without its target/. */
    public static Path copyExample(Path work) {
        return Directories.copyProject(EXAMPLE, work.resolve("nyc_taxi_demo"));
    }

    /** The demo's load options for one of its profiles directories ({@code profiles} or {@code profiles/iceberg}), target local. */
    public static LoadOptions options(Path project, String profilesDirectory) {
        return LoadOptions.forProject(project).withProfilesDir(project.resolve(profilesDirectory)).withTarget("local")
                .withEnvironment(Map.of()).withUserHome(project);
    }

    /** Runs a selection of the demo on the shared engine and asserts every node succeeded. */
    public static void run(Path project, String profilesDirectory, String select) {
        ProjectSession session = ProjectSession.open(options(project, profilesDirectory));
        RunResults results = session.run(TestSpark.engine(), RunRequest.of(RunCommand.RUN, new SelectionRequest(List.of(select), List.of(), null))
                .withThreads(2), session.planner(RunMode.INCREMENTAL));
        assertThat(results.results()).isNotEmpty().allSatisfy(result ->
                assertThat(result.status()).as(result.uniqueId() + ": " + result.message()).isEqualTo(RunStatus.SUCCESS));
    }

    /**
     * The demo's source, silver and gold tables on the shared engine: built here (generated trips, silver, gold) unless
     * all four already exist in this JVM's warehouse.
     */
    public static void ensureBuilt(Path project) {
        var catalog = TestSpark.engine().catalog();
        boolean built = catalog.getRelation("nyctaxi", "nyctaxi", "records").isPresent()
                && Stream.of("silver_avg_metrics", "gold_cost_metrics", "gold_passengers_metrics")
                        .allMatch(table -> catalog.getRelation(SCHEMA, SCHEMA, table).isPresent());
        if (!built) {
            NycTaxiGenerator.generate(TestSpark.engine().session(), ROWS, NycTaxiGenerator.DEFAULT_SEED);
            run(project, "profiles", "silver");
            run(project, "profiles/iceberg", "gold");
        }
    }
}
