package io.gluedbt.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The blog's project in examples/nyc_taxi_demo loads with both of its profiles directories. */
class NycTaxiExampleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "nyc_taxi_demo").toAbsolutePath().normalize();
    private static final Map<String, String> AWS_ENVIRONMENT = Map.of(
            "DBT_ROLE_ARN", "arn:aws:iam::123456789012:role/GlueInteractiveSessionRole",
            "DBT_S3_LOCATION", "s3://aws-dbt-glue-datalake-123456789012-us-east-1/");

    private static LoadOptions options(String profilesDir, Map<String, String> environment) {
        return new LoadOptions(EXAMPLE, EXAMPLE.resolve(profilesDir), null, null, environment, EXAMPLE.resolve("no-home"));
    }

    @Test
    void devTargetRendersTheBlogsEnvironmentVariables() {
        LoadedProject loaded = ProjectLoader.load(options("profiles", AWS_ENVIRONMENT));

        Project root = loaded.root();
        assertThat(root.name()).isEqualTo("dbt_glue_demo");
        assertThat(root.profileName()).isEqualTo("dbt_glue_demo");
        assertThat(root.version()).isEqualTo("1.0.0");
        assertThat(root.modelPaths()).containsExactly("models");
        assertThat(root.seedPaths()).containsExactly("seeds");
        assertThat(root.docsPaths()).containsExactly("models", "seeds", "snapshots", "tests", "analyses", "macros");
        assertThat(root.cleanTargets()).containsExactly("target", "dbt_packages");
        assertThat(root.models()).isEqualTo(Map.of("dbt_glue_demo", Map.of("silver", Map.of("+materialized", "table"))));
        assertThat(loaded.packages()).isEmpty();

        Target target = loaded.target();
        assertThat(target.name()).isEqualTo("dev");
        assertThat(target.type()).isEqualTo("glue");
        assertThat(target.schema()).isEqualTo("dbt_glue_demo_nyc_metrics");
        assertThat(target.database()).isEqualTo("dbt_glue_demo_nyc_metrics");
        assertThat(target.threads()).isEqualTo(1);
        assertThat(target.profilesFile()).isEqualTo("profiles/profiles.yml");
        assertThat(target.stringValue("role_arn")).isEqualTo("arn:aws:iam::123456789012:role/GlueInteractiveSessionRole");
        assertThat(target.stringValue("location")).isEqualTo("s3://aws-dbt-glue-datalake-123456789012-us-east-1/");
        assertThat(target.values()).containsEntry("workers", 5).containsEntry("worker_type", "G.1X")
                .containsEntry("query-comment", "demo-nyctaxi").containsEntry("session_provisioning_timeout_in_seconds", 120);
    }

    @Test
    void icebergProfileRendersTheCorrectedWarehouseConf() {
        Target target = ProjectLoader.load(options("profiles/iceberg", AWS_ENVIRONMENT)).target();

        assertThat(target.profilesFile()).isEqualTo("profiles/iceberg/profiles.yml");
        assertThat(target.stringValue("datalake_formats")).isEqualTo("iceberg");
        assertThat(target.stringValue("conf"))
                .startsWith("spark.sql.catalog.glue_catalog=org.apache.iceberg.spark.SparkCatalog --conf ")
                .contains("--conf spark.sql.catalog.glue_catalog.warehouse=s3://aws-dbt-glue-datalake-123456789012-us-east-1/warehouse/ --conf ")
                .endsWith("spark.sql.extensions=org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
    }

    @Test
    void localTargetNeedsNoEnvironmentVariables() {
        for (String profilesDir : List.of("profiles", "profiles/iceberg")) {
            Target target = ProjectLoader.load(options(profilesDir, Map.of()).withTarget("local")).target();

            assertThat(target.name()).isEqualTo("local");
            assertThat(target.type()).isEqualTo("local");
            assertThat(target.schema()).isEqualTo("dbt_glue_demo_nyc_metrics");
            assertThat(target.database()).isEqualTo("dbt_glue_demo_nyc_metrics");
            assertThat(target.threads()).isEqualTo(4);
        }
    }

    @Test
    void devTargetWithoutRoleArnLoadsAndFailsWhenTheRoleIsUsed() {
        LoadedProject loaded = ProjectLoader.load(options("profiles", Map.of("DBT_S3_LOCATION", "s3://b/")));
        assertThat(loaded.target().values()).doesNotContainKey("role_arn").containsEntry("location", "s3://b/");
        assertThatThrownBy(() -> loaded.target().requireValue("role_arn"))
                .isInstanceOfSatisfying(GluedbtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENV_VAR_MISSING))
                .hasMessage("profiles/profiles.yml:7: Env var required but not provided: 'DBT_ROLE_ARN'");
    }

    @Test
    void silverFolderIsMaterializedAsTablesAndGoldIsNot() {
        Project root = ProjectLoader.load(options("profiles", Map.of()).withTarget("local")).root();

        assertThat(ConfigTree.resolve(root.models(), List.of("dbt_glue_demo", "silver", "silver_avg_metrics")))
                .containsExactly(Map.entry("materialized", "table"));
        assertThat(ConfigTree.resolve(root.models(), List.of("dbt_glue_demo", "gold", "gold_cost_metrics"))).isEmpty();
    }
}
