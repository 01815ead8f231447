package io.gluedbt.local.data;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import io.gluedbt.local.spark.SparkSessions;
import io.gluedbt.local.spark.WarehouseLayout;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Synthetic NYC taxi trips shaped like the blog's Glue table {@code nyctaxi.records}: the trip columns, then the
 * string partition columns {@code year} ("2015".."2017"), {@code month} ("1".."12") and {@code type}
 * ("yellow", "green"). About 2% of trips have no {@code dropoff_datetime} (the blog's silver model drops them).
 * <p>
 * Deterministic: every value is a hash of the row number and the seed, so the same (rows, seed) gives the same
 * table whatever the parallelism. Written with Spark as a parquet table partitioned by year/month/type in the
 * warehouse and registered in the metastore (72 partitions once there are a few thousand rows).
 */
public final class NycTaxiGenerator {
    public static final String DATABASE = "nyctaxi";
    public static final String TABLE = DATABASE + ".records";
    public static final long DEFAULT_ROWS = 1_000_000L;
    public static final long DEFAULT_SEED = 20161L;

    private static final String TRIPS_SQL = """
            WITH draws AS (
              SELECT
                2015 + CAST(%1$s * 3 AS INT) AS year_number,
                1 + CAST(%2$s * 12 AS INT) AS month_number,
                1 + CAST(%3$s * 28 AS INT) AS day_number,
                CAST(%4$s * 86400 AS BIGINT) AS second_of_day,
                CASE WHEN %5$s < 0.7 THEN 'yellow' ELSE 'green' END AS type,
                CASE WHEN %6$s < 0.45 THEN '1' ELSE '2' END AS vendor_id,
                CAST(CASE WHEN %7$s < 0.70 THEN 1 WHEN %7$s < 0.85 THEN 2 WHEN %7$s < 0.90 THEN 3
                          WHEN %7$s < 0.93 THEN 4 WHEN %7$s < 0.97 THEN 5 ELSE 6 END AS BIGINT) AS passenger_count,
                round(0.1D - ln(1.0D - %8$s * 0.999D) * 2.8D, 2) AS trip_distance,
                %9$s AS duration_draw,
                %10$s < 0.02 AS dropoff_missing,
                CASE WHEN %11$s < 0.5 THEN 0.0D WHEN %11$s < 0.8 THEN 0.5D ELSE 1.0D END AS extra,
                CASE WHEN %12$s < 0.65 THEN '1' WHEN %12$s < 0.97 THEN '2' WHEN %12$s < 0.99 THEN '3' ELSE '4' END AS payment_type,
                %13$s AS tip_draw,
                CASE WHEN %14$s < 0.05 THEN 5.54D ELSE 0.0D END AS tolls_amount
              FROM range(0, %15$d, 1, %16$d)
            ), trips AS (
              SELECT *,
                CAST(unix_date(make_date(year_number, month_number, day_number)) AS BIGINT) * 86400 + second_of_day AS pickup_seconds,
                CAST(60 + trip_distance * 150 + duration_draw * 900 AS BIGINT) AS duration_seconds
              FROM draws
            ), priced AS (
              SELECT *,
                round(2.5D + trip_distance * 2.5D + duration_seconds / 60.0D * 0.5D, 2) AS fare_amount
              FROM trips
            ), tipped AS (
              SELECT *,
                CASE WHEN payment_type = '1' THEN round(fare_amount * (0.1D + tip_draw * 0.15D), 2) ELSE 0.0D END AS tip_amount
              FROM priced
            )
            SELECT
              vendor_id,
              timestamp_seconds(pickup_seconds) AS pickup_datetime,
              CASE WHEN dropoff_missing THEN CAST(NULL AS TIMESTAMP)
                   ELSE timestamp_seconds(pickup_seconds + duration_seconds) END AS dropoff_datetime,
              passenger_count,
              trip_distance,
              fare_amount,
              extra,
              0.5D AS mta_tax,
              tip_amount,
              tolls_amount,
              0.3D AS improvement_surcharge,
              round(fare_amount + extra + 0.5D + tip_amount + tolls_amount + 0.3D, 2) AS total_amount,
              payment_type,
              CAST(year_number AS STRING) AS year,
              CAST(month_number AS STRING) AS month,
              type
            FROM tipped
            """;

    private NycTaxiGenerator() {}

    /** The trips as a Dataset, not yet written. */
    public static Dataset<Row> trips(SparkSession spark, long rows, long seed) {
        requireNonNull(spark, "spark is null");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        Object[] arguments = new Object[16];
        for (int draw = 1; draw <= 14; draw++) {
            arguments[draw - 1] = String.format(Locale.ROOT, "(pmod(xxhash64(id, %dL, %d), 1000003) / 1000003.0D)", seed, draw);
        }
        arguments[14] = rows;
        arguments[15] = (int) Math.max(1, Math.min(spark.sparkContext().defaultParallelism(), rows / 100_000 + 1));
        return spark.sql(String.format(Locale.ROOT, TRIPS_SQL, arguments));
    }

    /** Replaces {@code nyctaxi.records} with {@code rows} generated trips. */
    public static GeneratedTable generate(SparkSession spark, long rows, long seed) {
        long started = System.nanoTime();
        spark.sql("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        spark.sql("DROP TABLE IF EXISTS " + TABLE);
        // An explicit partition count: adaptive execution would otherwise coalesce the shuffle into one writing task.
        int writers = Math.max(1, spark.sparkContext().defaultParallelism());
        trips(spark, rows, seed)
                .repartition(writers, col("year"), col("month"), col("type"))
                .write()
                .format("parquet")
                .partitionBy("year", "month", "type")
                .mode(SaveMode.Overwrite)
                .saveAsTable(TABLE);
        long partitions = spark.sql("SHOW PARTITIONS " + TABLE).count();
        String location = spark.sql("DESCRIBE TABLE EXTENDED " + TABLE).where("col_name = 'Location'")
                .select("data_type").first().getString(0);
        return new GeneratedTable(TABLE, rows, partitions, location, (System.nanoTime() - started) / 1e9);
    }

    /** An order-independent checksum of a table of trips: equal for equal contents. */
    public static long checksum(SparkSession spark, String table) {
        Row row = spark.sql("SELECT bit_xor(xxhash64(vendor_id, pickup_datetime, dropoff_datetime, passenger_count,"
                + " trip_distance, fare_amount, extra, mta_tax, tip_amount, tolls_amount, improvement_surcharge,"
                + " total_amount, payment_type, year, month, type)) FROM " + table).first();
        return row.isNullAt(0) ? 0L : row.getLong(0);
    }

    /**
     * {@code [--warehouse DIR] [--rows N] [--seed S]}: writes {@code nyctaxi.records} into the warehouse rooted
     * at DIR (default {@code target/gluedbt-warehouse}) and prints what it wrote.
     */
    public static void main(String[] arguments) {
        Path root = WarehouseLayout.DEFAULT_ROOT;
        long rows = DEFAULT_ROWS;
        long seed = DEFAULT_SEED;
        for (int index = 0; index < arguments.length; index++) {
            String value = index + 1 < arguments.length ? arguments[index + 1] : null;
            switch (arguments[index]) {
                case "--warehouse" -> root = Path.of(requireNonNull(value, "--warehouse needs a directory"));
                case "--rows" -> rows = Long.parseLong(requireNonNull(value, "--rows needs a number"));
                case "--seed" -> seed = Long.parseLong(requireNonNull(value, "--seed needs a number"));
                default -> throw new IllegalArgumentException("unknown argument " + arguments[index]
                        + " (usage: [--warehouse DIR] [--rows N] [--seed S])");
            }
            index++;
        }
        try {
            SparkSession spark = SparkSessions.open(new WarehouseLayout(root), Map.of());
            GeneratedTable table = generate(spark, rows, seed);
            System.out.printf(Locale.ROOT, "%s: %d rows in %d partitions at %s (%.1f s)%n",
                    table.table(), table.rows(), table.partitions(), table.location(), table.seconds());
        } finally {
            SparkSessions.stop();
        }
    }
}
