package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.CatalogDatabase;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalog;
import scala.collection.JavaConverters;

/**
 * The Data Catalog operations, answered from the metastore the statements write (the JVM's Hive metastore,
 * which Iceberg's {@code glue_catalog} shares). CreateTable and UpdateTable are minimal: columns, location,
 * provider and parameters through Spark DDL.
 */
final class CatalogOperations {
    private final SparkSession spark;

    CatalogOperations(SparkSession spark) {
        this.spark = requireNonNull(spark, "spark is null");
    }

    ObjectNode getDatabase(JsonNode request) {
        String name = JsonFields.required(request, "Name");
        return wrap("Database", database(catalog().getDatabase(existingDatabase(name))));
    }

    ObjectNode getDatabases() {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode list = response.putArray("DatabaseList");
        for (String name : sorted(JavaConverters.seqAsJavaList(catalog().listDatabases()))) {
            list.add(database(catalog().getDatabase(name)));
        }
        return response;
    }

    ObjectNode createDatabase(JsonNode request) {
        JsonNode input = request.path("DatabaseInput");
        String name = JsonFields.required(input, "Name");
        if (catalog().databaseExists(name)) {
            throw GlueServiceException.alreadyExists("Database already exists.");
        }
        StringBuilder sql = new StringBuilder("CREATE DATABASE `" + name.replace("`", "``") + "`");
        if (input.hasNonNull("Description")) {
            sql.append(" COMMENT '").append(escape(input.get("Description").asText())).append("'");
        }
        if (input.hasNonNull("LocationUri")) {
            sql.append(" LOCATION '").append(escape(input.get("LocationUri").asText())).append("'");
        }
        spark.sql(sql.toString());
        return JsonNodeFactory.instance.objectNode();
    }

    ObjectNode deleteDatabase(JsonNode request) {
        String name = existingDatabase(JsonFields.required(request, "Name"));
        catalog().dropDatabase(name, false, true);
        return JsonNodeFactory.instance.objectNode();
    }

    ObjectNode getTable(JsonNode request) {
        String database = existingDatabase(JsonFields.required(request, "DatabaseName"));
        String name = JsonFields.required(request, "Name");
        return wrap("Table", GlueTables.toJson(spark, table(database, name)));
    }

    ObjectNode getTables(JsonNode request) {
        String database = existingDatabase(JsonFields.required(request, "DatabaseName"));
        String expression = JsonFields.optional(request, "Expression", "");
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode list = response.putArray("TableList");
        for (String name : sorted(JavaConverters.seqAsJavaList(catalog().listTables(database)))) {
            if (expression.isEmpty() || name.matches(expression.replace("*", ".*"))) {
                list.add(GlueTables.toJson(spark, table(database, name)));
            }
        }
        return response;
    }

    ObjectNode deleteTable(JsonNode request) {
        String database = existingDatabase(JsonFields.required(request, "DatabaseName"));
        String name = JsonFields.required(request, "Name");
        table(database, name);
        catalog().dropTable(database, name, false, false);
        return JsonNodeFactory.instance.objectNode();
    }

    ObjectNode createTable(JsonNode request) {
        String database = existingDatabase(JsonFields.required(request, "DatabaseName"));
        JsonNode input = request.path("TableInput");
        String name = JsonFields.required(input, "Name");
        if (catalog().tableExists(database, name)) {
            throw GlueServiceException.alreadyExists("Table already exists.");
        }
        JsonNode storage = input.path("StorageDescriptor");
        List<String> columns = new ArrayList<>();
        storage.path("Columns").forEach(column -> columns.add(column(column)));
        input.path("PartitionKeys").forEach(column -> columns.add(column(column)));
        StringBuilder sql = new StringBuilder("CREATE TABLE " + GlueTables.quoted(database, name) + " (" + String.join(", ", columns) + ")");
        sql.append(" USING ").append(input.path("Parameters").path("spark.sql.sources.provider").asText("parquet"));
        List<String> partitionKeys = new ArrayList<>();
        input.path("PartitionKeys").forEach(column -> partitionKeys.add("`" + column.path("Name").asText() + "`"));
        if (!partitionKeys.isEmpty()) {
            sql.append(" PARTITIONED BY (").append(String.join(", ", partitionKeys)).append(")");
        }
        if (storage.hasNonNull("Location") && !storage.get("Location").asText().isEmpty()) {
            sql.append(" LOCATION '").append(escape(storage.get("Location").asText())).append("'");
        }
        if (input.hasNonNull("Description")) {
            sql.append(" COMMENT '").append(escape(input.get("Description").asText())).append("'");
        }
        appendProperties(sql, userParameters(input.path("Parameters")));
        spark.sql(sql.toString());
        return JsonNodeFactory.instance.objectNode();
    }

    /** Minimal: the TableInput's parameters (except Spark's own) and description are applied. */
    ObjectNode updateTable(JsonNode request) {
        String database = existingDatabase(JsonFields.required(request, "DatabaseName"));
        JsonNode input = request.path("TableInput");
        String name = JsonFields.required(input, "Name");
        table(database, name);
        Map<String, String> parameters = userParameters(input.path("Parameters"));
        if (input.hasNonNull("Description")) {
            parameters.put("comment", input.get("Description").asText());
        }
        if (!parameters.isEmpty()) {
            StringBuilder sql = new StringBuilder("ALTER TABLE " + GlueTables.quoted(database, name) + " SET");
            appendProperties(sql, parameters);
            spark.sql(sql.toString());
        }
        return JsonNodeFactory.instance.objectNode();
    }

    ObjectNode getPartitions(JsonNode request) {
        table(existingDatabase(JsonFields.required(request, "DatabaseName")), JsonFields.required(request, "TableName"));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.putArray("Partitions");
        return response;
    }

    private ExternalCatalog catalog() {
        return spark.sharedState().externalCatalog();
    }

    private String existingDatabase(String name) {
        if (!catalog().databaseExists(name)) {
            throw GlueServiceException.notFound("Database " + name + " not found.");
        }
        return name;
    }

    private CatalogTable table(String database, String name) {
        if (!catalog().tableExists(database, name)) {
            throw GlueServiceException.notFound("Table " + name + " not found.");
        }
        return catalog().getTable(database, name);
    }

    private static ObjectNode database(CatalogDatabase database) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("Name", database.name());
        node.put("Description", database.description());
        node.put("LocationUri", database.locationUri().toString());
        ObjectNode parameters = node.putObject("Parameters");
        new TreeMap<>(JavaConverters.mapAsJavaMap(database.properties())).forEach(parameters::put);
        node.put("CreateTime", 0.0);
        node.putArray("CreateTableDefaultPermissions");
        node.put("CatalogId", GlueTables.CATALOG_ID);
        return node;
    }

    private static Map<String, String> userParameters(JsonNode parameters) {
        Map<String, String> user = new TreeMap<>();
        parameters.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            if (!key.startsWith("spark.sql.") && !List.of("provider", "location", "owner", "comment", "external").contains(key)) {
                user.put(key, entry.getValue().asText());
            }
        });
        return user;
    }

    private static void appendProperties(StringBuilder sql, Map<String, String> properties) {
        if (properties.isEmpty()) {
            return;
        }
        List<String> pairs = new ArrayList<>();
        properties.forEach((key, value) -> pairs.add("'" + escape(key) + "' = '" + escape(value) + "'"));
        sql.append(" TBLPROPERTIES (").append(String.join(", ", pairs)).append(")");
    }

    private static String column(JsonNode column) {
        return "`" + column.path("Name").asText().replace("`", "``") + "` " + column.path("Type").asText("string");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'");
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        copy.sort(null);
        return copy;
    }

    private static ObjectNode wrap(String field, ObjectNode value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set(field, value);
        return node;
    }
}
