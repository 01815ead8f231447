package io.gluedbt.local.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.local.spark.SparkSessions;
import io.gluedbt.local.spark.TestSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The shared test SparkSession writes tables of every format at {@code s3://lake/...} through
 * {@link LocalS3FileSystem}, installed at runtime, and an S3 client reads them through {@link LocalS3}; objects
 * PUT through LocalS3 are read back by Spark.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalS3SparkTest {
    private static final Path ROOT = Path.of("target", "local-s3-spark").toAbsolutePath();
    private static final String SCHEMA = "s3_lake";
    private static final String ICEBERG = SparkSessions.ICEBERG_CATALOG;
    private static final String LOCAL_FIRST = "s3_lake_local_first";

    private static SparkSession spark;
    private static LocalS3 s3;
    private static S3Client client;

    @BeforeAll
    static void start() {
        spark = TestSpark.engine().session();
        TestSpark.deleteRecursively(ROOT);
        s3 = LocalS3.start(ROOT);
        s3.createBucket("lake");
        // The shared session may have used Iceberg before: its catalog's FileIO then holds a configuration copied
        // (and deserialized) before the install below, and must still find s3:// and the root.
        spark.sql("CREATE DATABASE IF NOT EXISTS " + LOCAL_FIRST);
        spark.sql("CREATE TABLE IF NOT EXISTS " + ICEBERG + "." + LOCAL_FIRST + ".t USING iceberg AS SELECT 1 AS id");
        spark.sql("SELECT * FROM " + ICEBERG + "." + LOCAL_FIRST + ".t").collectAsList();
        LocalS3FileSystem.install(spark.sparkContext().hadoopConfiguration(), ROOT);
        client = S3Clients.pathStyle(s3, LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY);
        spark.sql("DROP DATABASE IF EXISTS " + SCHEMA + " CASCADE");
        spark.sql("CREATE DATABASE " + SCHEMA + " LOCATION 's3://lake/warehouse/" + SCHEMA + ".db'");
    }

    @AfterAll
    static void stop() {
        spark.sql("DROP TABLE IF EXISTS " + ICEBERG + "." + SCHEMA + ".trips_iceberg PURGE");
        spark.sql("DROP DATABASE IF EXISTS " + SCHEMA + " CASCADE");
        spark.sql("DROP TABLE IF EXISTS " + ICEBERG + "." + LOCAL_FIRST + ".t PURGE");
        spark.sql("DROP DATABASE IF EXISTS " + LOCAL_FIRST + " CASCADE");
        client.close();
        s3.close();
    }

    @Test
    @Order(1)
    void parquetTableAtAnS3Location() {
        spark.sql("CREATE TABLE " + SCHEMA + ".trips_parquet (id INT, amount DOUBLE) USING parquet"
                + " LOCATION 's3://lake/warehouse/" + SCHEMA + "/trips_parquet'");
        spark.sql("INSERT INTO " + SCHEMA + ".trips_parquet VALUES (1, 10.0), (2, 20.0)");
        spark.sql("INSERT INTO " + SCHEMA + ".trips_parquet VALUES (3, 30.0)");

        assertThat(single("SELECT count(*), sum(amount) FROM " + SCHEMA + ".trips_parquet")).isEqualTo("3,60.0");
        assertThat(single("SELECT count(*) FROM parquet.`s3://lake/warehouse/" + SCHEMA + "/trips_parquet`")).isEqualTo("3");
        List<String> keys = keys("warehouse/" + SCHEMA + "/trips_parquet/");
        assertThat(keys).filteredOn(key -> key.endsWith(".parquet")).isNotEmpty();
        assertThat(keys).noneMatch(key -> key.contains("_temporary") || key.endsWith(".crc"));
        String part = keys.stream().filter(key -> key.endsWith(".parquet")).findFirst().orElseThrow();
        byte[] bytes = client.getObjectAsBytes(request -> request.bucket("lake").key(part)).asByteArray();
        assertThat(new String(bytes, 0, 4, UTF_8)).isEqualTo("PAR1");
    }

    @Test
    @Order(2)
    void deltaTableWithMerge() {
        spark.sql("CREATE TABLE " + SCHEMA + ".trips_delta USING delta LOCATION 's3://lake/warehouse/" + SCHEMA
                + "/trips_delta' AS SELECT * FROM VALUES (1, 10.0D), (2, 20.0D) AS t(id, amount)");
        spark.sql("MERGE INTO " + SCHEMA + ".trips_delta AS target USING (SELECT * FROM VALUES (2, 25.0D), (3, 30.0D)"
                + " AS s(id, amount)) AS source ON target.id = source.id"
                + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");

        assertThat(single("SELECT count(*), sum(amount) FROM " + SCHEMA + ".trips_delta")).isEqualTo("3,65.0");
        List<String> log = keys("warehouse/" + SCHEMA + "/trips_delta/_delta_log/");
        assertThat(log).contains("warehouse/" + SCHEMA + "/trips_delta/_delta_log/00000000000000000000.json",
                "warehouse/" + SCHEMA + "/trips_delta/_delta_log/00000000000000000001.json");
        String commit = client.getObjectAsBytes(request -> request.bucket("lake")
                .key("warehouse/" + SCHEMA + "/trips_delta/_delta_log/00000000000000000001.json")).asUtf8String();
        assertThat(commit).contains("\"operation\":\"MERGE\"");
    }

    @Test
    @Order(3)
    void icebergTableInADatabaseOnS3() {
        spark.sql("CREATE TABLE " + ICEBERG + "." + SCHEMA + ".trips_iceberg (id INT, amount DOUBLE) USING iceberg");
        spark.sql("INSERT INTO " + ICEBERG + "." + SCHEMA + ".trips_iceberg VALUES (1, 10.0), (2, 20.0)");
        spark.sql("MERGE INTO " + ICEBERG + "." + SCHEMA + ".trips_iceberg AS target USING (SELECT * FROM VALUES"
                + " (2, 25.0D), (3, 30.0D) AS s(id, amount)) AS source ON target.id = source.id"
                + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");

        assertThat(single("SELECT count(*), sum(amount) FROM " + ICEBERG + "." + SCHEMA + ".trips_iceberg"))
                .isEqualTo("3,65.0");
        assertThat(single("SELECT count(*) FROM " + ICEBERG + "." + SCHEMA + ".trips_iceberg.snapshots")).isEqualTo("2");
        List<String> keys = keys("warehouse/" + SCHEMA + ".db/trips_iceberg/");
        assertThat(keys).anyMatch(key -> key.startsWith("warehouse/" + SCHEMA + ".db/trips_iceberg/metadata/")
                && key.endsWith(".metadata.json"));
        assertThat(keys).anyMatch(key -> key.startsWith("warehouse/" + SCHEMA + ".db/trips_iceberg/data/")
                && key.endsWith(".parquet"));
    }

    @Test
    @Order(4)
    void hudiTableWithMerge() {
        spark.sql("CREATE TABLE " + SCHEMA + ".trips_hudi (id INT, amount DOUBLE, ts BIGINT) USING hudi"
                + " OPTIONS (primaryKey 'id', preCombineField 'ts', type 'cow')"
                + " LOCATION 's3://lake/warehouse/" + SCHEMA + "/trips_hudi'");
        spark.sql("INSERT INTO " + SCHEMA + ".trips_hudi VALUES (1, 10.0, 1), (2, 20.0, 1)");
        spark.sql("MERGE INTO " + SCHEMA + ".trips_hudi AS target USING (SELECT * FROM VALUES (2, 25.0D, 2L), (3, 30.0D, 2L)"
                + " AS s(id, amount, ts)) AS source ON target.id = source.id"
                + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");

        assertThat(single("SELECT count(*), sum(amount) FROM " + SCHEMA + ".trips_hudi")).isEqualTo("3,65.0");
        assertThat(keys("warehouse/" + SCHEMA + "/trips_hudi/"))
                .contains("warehouse/" + SCHEMA + "/trips_hudi/.hoodie/hoodie.properties")
                .anyMatch(key -> key.endsWith(".parquet"));
    }

    @Test
    @Order(5)
    void objectsPutThroughS3AreReadBySpark() {
        client.putObject(request -> request.bucket("lake").key("incoming/notes.txt"),
                RequestBody.fromString("first\nsecond\n"));
        client.putObject(request -> request.bucket("lake").key("incoming/more/notes.txt"),
                RequestBody.fromString("third\n"));

        assertThat(spark.read().text("s3://lake/incoming/notes.txt").collectAsList()).extracting(row -> row.getString(0))
                .containsExactly("first", "second");
        assertThat(spark.read().option("recursiveFileLookup", "true").text("s3a://lake/incoming").count()).isEqualTo(3);
    }

    private static String single(String sql) {
        Row row = spark.sql(sql).first();
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < row.length(); index++) {
            text.append(index == 0 ? "" : ",").append(row.get(index));
        }
        return text.toString();
    }

    private static List<String> keys(String prefix) {
        return client.listObjectsV2Paginator(request -> request.bucket("lake").prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .toList();
    }
}
