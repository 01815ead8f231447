package io.gluedbt.local.spark;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.QueryResult;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationDetails;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.CatalogTableType;
import org.apache.spark.sql.catalyst.catalog.SessionCatalog;
import org.apache.spark.sql.connector.catalog.Identifier;
import org.apache.spark.sql.connector.catalog.TableCatalog;
import org.apache.spark.sql.connector.expressions.IdentityTransform;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.types.StructField;
import scala.Option;

/**
 * The Hive metastore as templates see it. Every table, whatever its format, is registered in the one metastore
 * (Iceberg's {@code glue_catalog} is a Hive catalog on it), so a relation is looked up once by
 * {@code schema.identifier}; Iceberg tables are then read through {@code glue_catalog}. Hudi's
 * {@code _hoodie_*} metadata columns are not model columns and are left out of {@link #getColumns}.
 */
final class SparkCatalogView implements CatalogView {
    private static final String HUDI_METADATA_PREFIX = "_hoodie_";

    private final Supplier<SparkSession> sessions;

    SparkCatalogView(Supplier<SparkSession> sessions) {
        this.sessions = requireNonNull(sessions, "sessions is null");
    }

    @Override
    public Optional<Relation> getRelation(String database, String schema, String identifier) {
        String spark = schema != null ? schema : database;
        requireNonNull(spark, "schema and database are null");
        requireNonNull(identifier, "identifier is null");
        return metadata(spark, identifier).map(table -> {
            RelationType type = table.tableType().equals(CatalogTableType.VIEW()) ? RelationType.VIEW : RelationType.TABLE;
            String tableDatabase = table.identifier().database().getOrElse(() -> spark);
            return new Relation(tableDatabase, tableDatabase, table.identifier().table(), type);
        });
    }

    @Override
    public List<Column> getColumns(Relation relation) {
        Optional<CatalogTable> table = metadata(relation.getSchema(), relation.getIdentifier());
        if (table.isEmpty()) {
            return List.of();
        }
        String format = format(table.get()).orElse("");
        List<Column> columns = new ArrayList<>();
        for (StructField field : sessions.get().table(qualifiedName(relation, format)).schema().fields()) {
            if (format.equals("hudi") && field.name().startsWith(HUDI_METADATA_PREFIX)) {
                continue;
            }
            columns.add(new Column(field.name(), field.dataType().catalogString()));
        }
        return List.copyOf(columns);
    }

    @Override
    public QueryResult runQuery(String sql) {
        try {
            Dataset<Row> result = sessions.get().sql(sql);
            return new QueryResult(Arrays.asList(result.columns()), StatementRunner.rows(result, 0));
        } catch (Exception exception) {
            String message = SparkFailures.message(exception);
            String errorClass = SparkFailures.errorClass(exception);
            throw new GluedbtException(ErrorCode.COMPILER_ERROR, "run_query failed: "
                    + (message.startsWith("[" + errorClass + "]") ? message : "[" + errorClass + "] " + message), exception);
        }
    }

    /** The columns the query would produce, from Spark's analyzed plan (nothing runs). */
    @Override
    public List<Column> describeQuery(String sql) {
        try {
            org.apache.spark.sql.types.StructType schema = sessions.get().sql(sql).schema();
            List<Column> columns = new ArrayList<>();
            for (org.apache.spark.sql.types.StructField field : schema.fields()) {
                columns.add(new Column(field.name(), field.dataType().simpleString()));
            }
            return List.copyOf(columns);
        } catch (Exception exception) {
            String errorClass = SparkFailures.errorClass(exception);
            throw new GluedbtException(ErrorCode.COMPILER_ERROR, "[" + errorClass + "] " + SparkFailures.message(exception), exception);
        }
    }

    @Override
    public Optional<String> tableFormat(Relation relation) {
        return metadata(relation.getSchema(), relation.getIdentifier()).flatMap(SparkCatalogView::format);
    }

    /**
     * From the one metastore record: the table comment, owner, column comments of the metastore schema, and the
     * statistics Spark or Hive stored ({@code ANALYZE TABLE}, or {@code totalSize}/{@code numRows} properties).
     */
    @Override
    public RelationDetails relationDetails(Relation relation) {
        Optional<CatalogTable> found = metadata(relation.getSchema(), relation.getIdentifier());
        if (found.isEmpty()) {
            return RelationDetails.none();
        }
        CatalogTable table = found.get();
        java.util.Map<String, String> comments = new java.util.TreeMap<>();
        for (StructField field : table.schema().fields()) {
            Option<String> comment = field.getComment();
            if (comment.isDefined() && !comment.get().isBlank()) {
                comments.put(field.name(), comment.get());
            }
        }
        Long bytes = null;
        Long rows = null;
        if (table.stats().isDefined()) {
            bytes = table.stats().get().sizeInBytes().longValue();
            rows = table.stats().get().rowCount().isDefined() ? table.stats().get().rowCount().get().longValue() : null;
        }
        bytes = bytes != null ? bytes : longProperty(table, "totalSize");
        rows = rows != null ? rows : longProperty(table, "numRows");
        String comment = table.comment().isDefined() ? table.comment().get() : null;
        String owner = table.owner() == null || table.owner().isBlank() ? null : table.owner();
        return new RelationDetails(comment, owner, comments, bytes, rows);
    }

    private static Long longProperty(CatalogTable table, String name) {
        Option<String> value = table.properties().get(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.get().trim());
            return parsed >= 0 ? parsed : null;
        } catch (NumberFormatException exception) {
            return null;
        }
    }

    @Override
    public List<String> partitionColumns(Relation relation) {
        Optional<CatalogTable> table = metadata(relation.getSchema(), relation.getIdentifier());
        if (table.isEmpty() || table.get().tableType().equals(CatalogTableType.VIEW())) {
            return List.of();
        }
        boolean iceberg = format(table.get()).filter("iceberg"::equals).isPresent();
        SparkSession session = sessions.get();
        TableCatalog catalog = (TableCatalog) session.sessionState().catalogManager()
                .catalog(iceberg ? SparkSessions.ICEBERG_CATALOG : "spark_catalog");
        String database = table.get().identifier().database().getOrElse(relation::getSchema);
        try {
            Transform[] partitioning = catalog.loadTable(Identifier.of(new String[] {database}, table.get().identifier().table())).partitioning();
            List<String> columns = new ArrayList<>();
            for (Transform transform : partitioning) {
                columns.add(transform instanceof IdentityTransform || "identity".equals(transform.name())
                        ? String.join(".", transform.references()[0].fieldNames())
                        : transform.describe());
            }
            return List.copyOf(columns);
        } catch (org.apache.spark.sql.catalyst.analysis.NoSuchTableException exception) {
            return List.of();
        }
    }

    /**
     * One metastore call: {@code SessionCatalog.databaseExists} + {@code tableExists} + {@code getTableRawMetadata} cost
     * five (the last checks both again), and a run asks for a relation several times per node.
     */
    private Optional<CatalogTable> metadata(String database, String identifier) {
        SessionCatalog catalog = sessions.get().sessionState().catalog();
        TableIdentifier name = catalog.qualifyIdentifier(new TableIdentifier(identifier, Option.apply(database)));
        try {
            return Optional.of(catalog.externalCatalog().getTable(name.database().get(), name.table()));
        } catch (Exception exception) { // Scala throws checked AnalysisExceptions undeclared
            if (exception instanceof org.apache.spark.sql.catalyst.analysis.NoSuchTableException
                    || exception instanceof org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException) {
                return Optional.empty();
            }
            if (exception instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot look up " + name.unquotedString() + " in the metastore: " + exception.getMessage(), exception);
        }
    }

    static Optional<String> format(CatalogTable table) {
        if (table.tableType().equals(CatalogTableType.VIEW())) {
            return Optional.empty();
        }
        Option<String> tableType = table.properties().get("table_type");
        if (tableType.isDefined() && tableType.get().equalsIgnoreCase("iceberg")) {
            return Optional.of("iceberg");
        }
        String provider = table.provider().isDefined() ? table.provider().get().toLowerCase(Locale.ROOT) : "hive";
        if (provider.equals("hive")) {
            String serde = table.storage().serde().isDefined() ? table.storage().serde().get().toLowerCase(Locale.ROOT) : "";
            for (String format : List.of("parquet", "orc", "avro")) {
                if (serde.contains(format)) {
                    return Optional.of(format);
                }
            }
            return Optional.of("hive");
        }
        if (provider.startsWith("org.apache.spark.sql.execution.datasources.")) {
            provider = provider.substring(provider.lastIndexOf('.') + 1).replace("fileformat", "");
        }
        return Optional.of(provider);
    }

    private static String qualifiedName(Relation relation, String format) {
        String name = quote(relation.getSchema()) + "." + quote(relation.getIdentifier());
        return format.equals("iceberg") ? SparkSessions.ICEBERG_CATALOG + "." + name : name;
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
