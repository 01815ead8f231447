package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.CatalogTableType;
import org.apache.spark.sql.connector.catalog.Identifier;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCatalog;
import org.apache.spark.sql.connector.expressions.IdentityTransform;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * A metastore table as the Glue {@code Table} structure. Columns come from the table itself (Delta's log,
 * Iceberg's metadata, a view's plan), not from the Hive placeholder ({@code col array<string>}); Spark's
 * provider goes back into {@code spark.sql.sources.provider}, Iceberg's {@code table_type} and
 * {@code metadata_location} stay as the metastore has them.
 */
final class GlueTables {
    static final String CATALOG_ID = "123456789012";
    private static final String PROVIDER = "spark.sql.sources.provider";

    private GlueTables() {}

    static ObjectNode toJson(SparkSession spark, CatalogTable table) {
        requireNonNull(spark, "spark is null");
        String database = table.identifier().database().get();
        String name = table.identifier().table();
        Map<String, String> parameters = new TreeMap<>(JavaConverters.mapAsJavaMap(table.properties()));
        boolean view = table.tableType().equals(CatalogTableType.VIEW());
        boolean iceberg = "iceberg".equalsIgnoreCase(parameters.getOrDefault("table_type", ""));
        String provider = table.provider().isDefined() ? table.provider().get() : "hive";
        if (!view && !iceberg && !provider.equalsIgnoreCase("hive")) {
            parameters.put(PROVIDER, provider.toLowerCase(Locale.ROOT));
        }
        StructType schema = table.schema();
        List<String> partitions = new ArrayList<>(JavaConverters.seqAsJavaList(table.partitionColumnNames()));
        try {
            if (view) {
                // the columns the metastore stored with the view, as Glue answers; resolving the view (and every view
                // under it) only when none were stored
                schema = table.schema().isEmpty() ? spark.table(quoted(database, name)).schema() : table.schema();
            } else {
                TableCatalog catalog = (TableCatalog) spark.sessionState().catalogManager()
                        .catalog(iceberg ? "glue_catalog" : "spark_catalog");
                Table loaded = catalog.loadTable(Identifier.of(new String[] {database}, name));
                schema = loaded.schema();
                // Glue keeps an Iceberg table's partitioning in its metadata, not in PartitionKeys.
                partitions = iceberg ? List.of() : identityPartitions(loaded.partitioning(), partitions);
            }
        } catch (Exception exception) { // Scala's undeclared AnalysisExceptions: keep the metastore's columns
            schema = table.schema();
        }
        if (schema.isEmpty() && !view) {
            schema = readSchema(spark, iceberg ? "glue_catalog." + quoted(database, name) : quoted(database, name), schema);
        }
        Set<String> partitionSet = new LinkedHashSet<>(partitions);

        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("Name", name);
        node.put("DatabaseName", database);
        if (table.comment().isDefined()) {
            node.put("Description", table.comment().get());
        }
        node.put("Owner", table.owner());
        node.put("CreateTime", table.createTime() / 1000.0);
        node.put("UpdateTime", table.createTime() / 1000.0);
        node.put("LastAccessTime", Math.max(0, table.lastAccessTime()) / 1000.0);
        node.put("Retention", 0);
        ObjectNode storage = node.putObject("StorageDescriptor");
        ArrayNode columns = storage.putArray("Columns");
        ArrayNode partitionKeys = node.putArray("PartitionKeys");
        for (StructField field : schema.fields()) {
            ObjectNode column = (partitionSet.contains(field.name()) ? partitionKeys : columns).addObject();
            column.put("Name", field.name());
            column.put("Type", field.dataType().catalogString());
            if (field.getComment().isDefined()) {
                column.put("Comment", field.getComment().get());
            }
        }
        if (table.storage().locationUri().isDefined()) {
            storage.put("Location", table.storage().locationUri().get().toString());
        }
        storage.put("InputFormat", table.storage().inputFormat().getOrElse(() -> view ? "" : "org.apache.hadoop.mapred.SequenceFileInputFormat"));
        storage.put("OutputFormat", table.storage().outputFormat().getOrElse(() -> view ? "" : "org.apache.hadoop.hive.ql.io.HiveSequenceFileOutputFormat"));
        storage.put("Compressed", table.storage().compressed());
        storage.put("NumberOfBuckets", table.bucketSpec().isDefined() ? table.bucketSpec().get().numBuckets() : -1);
        ObjectNode serde = storage.putObject("SerdeInfo");
        if (table.storage().serde().isDefined()) {
            serde.put("SerializationLibrary", table.storage().serde().get());
        }
        ObjectNode serdeParameters = serde.putObject("Parameters");
        new TreeMap<>(JavaConverters.mapAsJavaMap(table.storage().properties())).forEach(serdeParameters::put);
        storage.putArray("BucketColumns");
        storage.putArray("SortColumns");
        storage.putObject("Parameters");
        storage.put("StoredAsSubDirectories", false);
        if (view) {
            String text = table.viewText().getOrElse(() -> "");
            node.put("ViewOriginalText", table.viewOriginalText().getOrElse(() -> text));
            node.put("ViewExpandedText", text);
        }
        node.put("TableType", tableType(table));
        ObjectNode parametersNode = node.putObject("Parameters");
        parameters.forEach(parametersNode::put);
        node.put("CreatedBy", "arn:aws:sts::" + CATALOG_ID + ":assumed-role/gluedbt-local/gluedbt");
        node.put("IsRegisteredWithLakeFormation", false);
        node.put("CatalogId", CATALOG_ID);
        node.put("VersionId", "0");
        return node;
    }

    static String tableType(CatalogTable table) {
        if (table.tableType().equals(CatalogTableType.VIEW())) {
            return "VIRTUAL_VIEW";
        }
        return table.tableType().equals(CatalogTableType.MANAGED()) ? "MANAGED_TABLE" : "EXTERNAL_TABLE";
    }

    static String quoted(String database, String name) {
        return "`" + database.replace("`", "``") + "`.`" + name.replace("`", "``") + "`";
    }

    private static StructType readSchema(SparkSession spark, String name, StructType otherwise) {
        try {
            return spark.table(name).schema();
        } catch (Exception exception) { // an unreadable table still answers with what the metastore has
            return otherwise;
        }
    }

    private static List<String> identityPartitions(Transform[] partitioning, List<String> otherwise) {
        if (partitioning.length == 0) {
            return otherwise;
        }
        List<String> columns = new ArrayList<>();
        for (Transform transform : partitioning) {
            if (transform instanceof IdentityTransform || "identity".equals(transform.name())) {
                columns.add(String.join(".", transform.references()[0].fieldNames()));
            }
        }
        return columns;
    }
}
