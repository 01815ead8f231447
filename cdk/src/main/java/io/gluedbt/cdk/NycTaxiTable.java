package io.gluedbt.cdk;

import java.util.List;
import software.amazon.awscdk.services.glue.CfnTable;
import software.constructs.Construct;

/**
 * The blog's raw table {@code nyctaxi.records}: NYC TLC trip records as parquet, partitioned by year, month and
 * type (yellow, green), the columns the blog's silver model reads plus the rest of the TLC fare fields. The local
 * generator ({@code gluedbt generate-nyc-taxi}) writes exactly this layout, so its output can be uploaded here.
 */
final class NycTaxiTable {
    static final String TABLE_NAME = "records";

    /** Name and Hive type of each data column, in file order. */
    static final List<List<String>> COLUMNS = List.of(
            List.of("vendor_id", "string"),
            List.of("pickup_datetime", "timestamp"),
            List.of("dropoff_datetime", "timestamp"),
            List.of("passenger_count", "bigint"),
            List.of("trip_distance", "double"),
            List.of("fare_amount", "double"),
            List.of("extra", "double"),
            List.of("mta_tax", "double"),
            List.of("tip_amount", "double"),
            List.of("tolls_amount", "double"),
            List.of("improvement_surcharge", "double"),
            List.of("total_amount", "double"),
            List.of("payment_type", "string"));

    static final List<String> PARTITION_KEYS = List.of("year", "month", "type");

    private NycTaxiTable() {
    }

    static CfnTable create(Construct scope, String id, String catalogId, String databaseName, String location) {
        return CfnTable.Builder.create(scope, id)
                .catalogId(catalogId)
                .databaseName(databaseName)
                .tableInput(CfnTable.TableInputProperty.builder()
                        .name(TABLE_NAME)
                        .description("NYC TLC trip records (parquet), partitioned by year/month/type")
                        .tableType("EXTERNAL_TABLE")
                        .parameters(java.util.Map.of("classification", "parquet", "EXTERNAL", "TRUE"))
                        .partitionKeys(PARTITION_KEYS.stream()
                                .map(name -> (Object) CfnTable.ColumnProperty.builder().name(name).type("string").build()).toList())
                        .storageDescriptor(CfnTable.StorageDescriptorProperty.builder()
                                .location(location)
                                .inputFormat("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat")
                                .outputFormat("org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat")
                                .serdeInfo(CfnTable.SerdeInfoProperty.builder()
                                        .serializationLibrary("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe")
                                        .parameters(java.util.Map.of("serialization.format", "1"))
                                        .build())
                                .columns(COLUMNS.stream()
                                        .map(column -> (Object) CfnTable.ColumnProperty.builder().name(column.get(0)).type(column.get(1)).build())
                                        .toList())
                                .build())
                        .build())
                .build();
    }
}
