package io.gluedbt.local.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarehouseLayoutTest {
    private static final Path PROJECT = Path.of("/projects/nyc");

    @Test
    void defaultRootIsUnderTheProjectsTargetDirectory() {
        WarehouseLayout layout = WarehouseLayout.forProject(PROJECT, Map.of("schema", "x"));

        assertThat(layout.root()).isEqualTo(Path.of("/projects/nyc/target/gluedbt-warehouse"));
        assertThat(layout.warehouse()).isEqualTo(Path.of("/projects/nyc/target/gluedbt-warehouse/warehouse"));
        assertThat(layout.metastore()).isEqualTo(Path.of("/projects/nyc/target/gluedbt-warehouse/metastore_db"));
        assertThat(layout.temporary()).isEqualTo(Path.of("/projects/nyc/target/gluedbt-warehouse/tmp"));
    }

    @Test
    void warehouseDirMovesTheRootRelativeToTheProject() {
        assertThat(WarehouseLayout.forProject(PROJECT, Map.of("warehouse_dir", "../shared-warehouse")).root())
                .isEqualTo(Path.of("/projects/shared-warehouse"));
        assertThat(WarehouseLayout.forProject(PROJECT, Map.of("warehouse_dir", "/data/warehouse")).root())
                .isEqualTo(Path.of("/data/warehouse"));
    }

    @Test
    void configurationPutsMetastoreAndScratchUnderTheRoot() {
        Map<String, String> configuration = SparkSessions.configuration(new WarehouseLayout(Path.of("/w")));

        assertThat(configuration)
                .containsEntry("spark.sql.warehouse.dir", "file:///w/warehouse")
                .containsEntry("spark.hadoop.javax.jdo.option.ConnectionURL", "jdbc:derby:;databaseName=/w/metastore_db;create=true")
                .containsEntry("spark.hadoop.hive.exec.scratchdir", "/w/tmp/hive-scratch")
                .containsEntry("spark.local.dir", "/w/tmp/spark")
                .containsEntry("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .containsEntry("spark.sql.catalog.glue_catalog.type", "hive");
        assertThat(configuration.get("spark.sql.extensions")).endsWith(",org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
    }

    @Test
    void launcherAndSurefirePassTheSparkJvmFlags() throws Exception {
        String launcher = Files.readString(Path.of("..", "gluedbt"));
        String pom = Files.readString(Path.of("pom.xml"));

        for (String flag : SparkJvmFlags.FLAGS) {
            assertThat(launcher).as("./gluedbt").contains(flag);
            assertThat(pom).as("local/pom.xml").contains(flag);
        }
        assertThat(launcher).contains("SPARK_LOCAL_IP=127.0.0.1");
    }
}
