package io.gluedbt.local.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.local.bench.GlueSideBySide;
import io.gluedbt.local.bench.SideBySideFigures;
import io.gluedbt.local.spark.NycDemo;
import io.gluedbt.local.spark.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The real dbt-glue adapter (oracle/.venv, pinned) and gluedbt run the blog's NYC demo against the same local Glue
 * endpoint and local S3: same gold rows; gluedbt spends one RunStatement per model. The figures land in
 * target/glue-side-by-side.md (bench/glue_side_by_side.sh writes the larger run into docs/benchmarks.md).
 */
class DbtGlueSideBySideTest {
    private static final Path DBT = Path.of("..", "oracle", ".venv", "bin", "dbt").toAbsolutePath().normalize();

    @Test
    void dbtGlueAndGluedbtBuildTheSameGoldRowsAndGluedbtSpendsOneStatementPerModel() throws Exception {
        assertThat(DBT).as("the oracle venv (oracle/setup.sh, run by the build)").exists();
        Path work = Path.of("target", "glue-side-by-side").toAbsolutePath();
        TestSpark.deleteRecursively(work);
        GlueSideBySide.Report report = GlueSideBySide.run(TestGlue.aws(), TestSpark.engine().session(), NycDemo.EXAMPLE, work, 20_000, DBT, 2);

        assertThat(report.dbtGlueGold()).isNotEmpty().hasSize(report.gluedbtGold().size());
        assertThat(report.gluedbtGold()).isEqualTo(report.dbtGlueGold());
        assertThat(report.gluedbt().runStatements()).as("one RunStatement per model").isEqualTo(3);
        assertThat(report.dbtGlue().runStatements()).isGreaterThan(report.gluedbt().runStatements());
        assertThat(report.gluedbt().sessionsStopped()).as("every session gluedbt created is stopped").isEqualTo(report.gluedbt().sessionsCreated());
        Files.writeString(Path.of("target", "glue-side-by-side.md"), SideBySideFigures.markdownHeader() + "\n" + report.dbtGlue().markdownRow() + "\n"
                + report.gluedbt().markdownRow() + "\n");
    }
}
