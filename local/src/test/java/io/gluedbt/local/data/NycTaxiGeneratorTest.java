package io.gluedbt.local.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import io.gluedbt.local.spark.TestSpark;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NycTaxiGeneratorTest {
    private static final long ROWS = 5_000;
    private static final long SEED = 7;

    /** The blog's silver model, source rendered as dbt-glue renders it. */
    private static final String BLOG_SILVER_SQL = """
            WITH source_avg as (
                SELECT avg((CAST(dropoff_datetime as LONG) - CAST(pickup_datetime as LONG))/60) as avg_duration
                , avg(passenger_count) as avg_passenger_count
                , avg(trip_distance) as avg_trip_distance
                , avg(total_amount) as avg_total_amount
                , year
                , month
                , type
                FROM nyctaxi.records
                WHERE year = "2016"
                AND dropoff_datetime is not null
                GROUP BY year, month, type
            )
            SELECT *
            FROM source_avg
            """;

    private static GeneratedTable generated;

    @BeforeAll
    static void generate() {
        generated = NycTaxiGenerator.generate(spark(), ROWS, SEED);
    }

    private static SparkSession spark() {
        return TestSpark.engine().session();
    }

    @Test
    void writesTheRowsIntoSeventyTwoPartitions() {
        assertThat(generated.table()).isEqualTo("nyctaxi.records");
        assertThat(generated.rows()).isEqualTo(ROWS);
        assertThat(generated.partitions()).isEqualTo(72);
        assertThat(generated.location()).isEqualTo("file:" + TestSpark.ROOT.resolve("warehouse/nyctaxi.db/records"));
        assertThat(spark().table("nyctaxi.records").count()).isEqualTo(ROWS);
        assertThat(spark().sql("SHOW PARTITIONS nyctaxi.records").collectAsList()).map(row -> row.getString(0))
                .contains("year=2015/month=1/type=green", "year=2016/month=12/type=yellow", "year=2017/month=6/type=green");
    }

    @Test
    void hasTheGlueTablesColumnsWithStringPartitions() {
        StructField[] fields = spark().table("nyctaxi.records").schema().fields();

        assertThat(Arrays.stream(fields).map(field -> field.name() + " " + field.dataType().simpleString()).toList()).containsExactly(
                "vendor_id string", "pickup_datetime timestamp", "dropoff_datetime timestamp", "passenger_count bigint",
                "trip_distance double", "fare_amount double", "extra double", "mta_tax double", "tip_amount double",
                "tolls_amount double", "improvement_surcharge double", "total_amount double", "payment_type string",
                "year string", "month string", "type string");
    }

    @Test
    void someTripsHaveNoDropoffAndPickupsFallInTheirPartition() {
        Row row = spark().sql("SELECT count_if(dropoff_datetime IS NULL),"
                + " count_if(CAST(year(pickup_datetime) AS STRING) != year OR CAST(month(pickup_datetime) AS STRING) != month),"
                + " count_if(dropoff_datetime <= pickup_datetime), min(total_amount) FROM nyctaxi.records").first();

        assertThat(row.getLong(0)).isBetween(ROWS / 100, ROWS / 25);
        assertThat(row.getLong(1)).isZero();
        assertThat(row.getLong(2)).isZero();
        assertThat(row.getDouble(3)).isGreaterThan(3.0);
    }

    @Test
    void sameSeedGivesTheSameTripsAndAnotherSeedOthers() {
        NycTaxiGenerator.trips(spark(), ROWS, SEED).createOrReplaceTempView("same_seed");
        NycTaxiGenerator.trips(spark(), ROWS, SEED + 1).createOrReplaceTempView("other_seed");

        long written = NycTaxiGenerator.checksum(spark(), "nyctaxi.records");
        assertThat(NycTaxiGenerator.checksum(spark(), "same_seed")).isEqualTo(written);
        assertThat(NycTaxiGenerator.checksum(spark(), "other_seed")).isNotEqualTo(written);
    }

    @Test
    void blogSilverModelReturnsEveryMonthAndTypeOf2016() {
        NodeResult result = TestSpark.engine().execute(new NodeStatements("model.silver_avg_metrics",
                List.of(SqlStatement.fetch(BLOG_SILVER_SQL, "silver", 0))));

        assertThat(result.failure()).isEmpty();
        List<List<Object>> rows = result.outcomes().get(0).rows();
        assertThat(result.outcomes().get(0).columns()).containsExactly("avg_duration", "avg_passenger_count",
                "avg_trip_distance", "avg_total_amount", "year", "month", "type");
        assertThat(rows).hasSize(24).allSatisfy(row -> {
            assertThat(row.get(4)).isEqualTo("2016");
            assertThat((Double) row.get(0)).isBetween(2.0, 60.0);
            assertThat((Double) row.get(1)).isBetween(1.0, 6.0);
        });
    }
}
