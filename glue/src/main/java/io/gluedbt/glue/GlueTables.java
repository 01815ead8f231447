package io.gluedbt.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.RelationType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * What a Glue Data Catalog table says about itself, read the way Spark's Hive client reads it: the type
 * (VIRTUAL_VIEW is a view), the storage format ({@code table_type=ICEBERG}, Spark's
 * {@code spark.sql.sources.provider}, a Hudi input format, else the serde's format), and the columns (Spark's
 * own schema in {@code spark.sql.sources.schema[.part.N]} when present, since a Delta table's Glue columns are a
 * placeholder; else the storage descriptor's columns then the partition keys).
 */
final class GlueTables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "spark.sql.sources.schema";
    private static final String HUDI_METADATA_PREFIX = "_hoodie_";

    private GlueTables() {}

    static RelationType type(Table table) {
        return "VIRTUAL_VIEW".equalsIgnoreCase(table.tableType()) ? RelationType.VIEW : RelationType.TABLE;
    }

    static Optional<String> format(Table table) {
        if (type(table) == RelationType.VIEW) {
            return Optional.empty();
        }
        Map<String, String> parameters = table.parameters();
        String tableType = parameters.getOrDefault("table_type", "").toLowerCase(Locale.ROOT);
        if (List.of("iceberg", "delta", "hudi").contains(tableType)) {
            return Optional.of(tableType);
        }
        String provider = parameters.getOrDefault("spark.sql.sources.provider", "").toLowerCase(Locale.ROOT);
        if (provider.startsWith("org.apache.spark.sql.execution.datasources.")) {
            provider = provider.substring(provider.lastIndexOf('.') + 1).replace("fileformat", "");
        }
        if (!provider.isEmpty() && !provider.equals("hive")) {
            return Optional.of(provider);
        }
        String inputFormat = table.storageDescriptor() == null || table.storageDescriptor().inputFormat() == null
                ? "" : table.storageDescriptor().inputFormat().toLowerCase(Locale.ROOT);
        if (inputFormat.contains("hudi")) {
            return Optional.of("hudi");
        }
        String serde = table.storageDescriptor() == null || table.storageDescriptor().serdeInfo() == null
                || table.storageDescriptor().serdeInfo().serializationLibrary() == null
                ? "" : table.storageDescriptor().serdeInfo().serializationLibrary().toLowerCase(Locale.ROOT);
        for (String format : List.of("parquet", "orc", "avro")) {
            if (serde.contains(format) || inputFormat.contains(format)) {
                return Optional.of(format);
            }
        }
        return Optional.of("hive");
    }

    static List<Column> columns(Table table) {
        boolean hudi = format(table).filter("hudi"::equals).isPresent();
        List<Column> columns = new ArrayList<>();
        Optional<JsonNode> sparkSchema = sparkSchema(table.parameters());
        if (sparkSchema.isPresent()) {
            for (JsonNode field : sparkSchema.get().path("fields")) {
                columns.add(new Column(field.path("name").asText(), SparkJsonValues.simpleString(field.path("type"))));
            }
        } else {
            if (table.storageDescriptor() != null) {
                table.storageDescriptor().columns().forEach(column -> columns.add(new Column(column.name(), column.type())));
            }
            table.partitionKeys().forEach(column -> columns.add(new Column(column.name(), column.type())));
        }
        return columns.stream().filter(column -> !(hudi && column.getName().startsWith(HUDI_METADATA_PREFIX))).toList();
    }

    static List<String> partitionColumns(Table table) {
        if (type(table) == RelationType.VIEW) {
            return List.of();
        }
        Map<String, String> parameters = table.parameters();
        String count = parameters.get(SCHEMA + ".numPartCols");
        if (count != null) {
            List<String> columns = new ArrayList<>();
            for (int index = 0; index < Integer.parseInt(count.strip()); index++) {
                columns.add(parameters.getOrDefault(SCHEMA + ".partCol." + index, ""));
            }
            return List.copyOf(columns);
        }
        return table.partitionKeys().stream().map(software.amazon.awssdk.services.glue.model.Column::name).toList();
    }

    /** Spark's StructType JSON from the table parameters: one value, or {@code numParts} parts. */
    static Optional<JsonNode> sparkSchema(Map<String, String> parameters) {
        String text = parameters.get(SCHEMA);
        String parts = parameters.get(SCHEMA + ".numParts");
        if (text == null && parts != null) {
            StringBuilder joined = new StringBuilder();
            for (int index = 0; index < Integer.parseInt(parts.strip()); index++) {
                String part = parameters.get(SCHEMA + ".part." + index);
                if (part == null) {
                    return Optional.empty();
                }
                joined.append(part);
            }
            text = joined.toString();
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode schema = JSON.readTree(text);
            return schema.path("fields").isArray() ? Optional.of(schema) : Optional.empty();
        } catch (IOException exception) {
            return Optional.empty();
        }
    }
}
