package io.gluedbt.local.spark;

import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.SqlStatement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run in a separate JVM by {@link PersistenceTest}: {@code write ROOT} creates one table per format, a
 * partitioned parquet table and a view; {@code read ROOT} prints, per relation, its type, format and row count.
 */
public final class PersistenceProbe {
    static final List<String> RELATIONS = List.of("in_parquet", "in_delta", "in_hudi", "in_iceberg", "a_view");

    private PersistenceProbe() {}

    public static void main(String[] arguments) {
        LocalSparkEngine engine = LocalSparkEngine.open(Path.of(arguments[1]), Map.of());
        try {
            if (arguments[0].equals("write")) {
                write(engine);
            } else {
                read(engine);
            }
        } finally {
            engine.close();
        }
    }

    private static void write(LocalSparkEngine engine) {
        NodeResult result = engine.execute(new NodeStatements("write", List.of(
                SqlStatement.run("CREATE DATABASE kept", "database"),
                SqlStatement.run("CREATE TABLE kept.in_parquet USING parquet PARTITIONED BY (year) AS SELECT id, CAST(2015 + id % 3 AS STRING) AS year FROM range(6)", "parquet"),
                SqlStatement.run("CREATE TABLE kept.in_delta USING delta AS SELECT id FROM range(2)", "delta"),
                SqlStatement.run("CREATE TABLE kept.in_hudi USING hudi OPTIONS (primaryKey 'id', type 'cow') AS SELECT id FROM range(3)", "hudi"),
                SqlStatement.run("CREATE TABLE glue_catalog.kept.in_iceberg USING iceberg AS SELECT id FROM range(4)", "iceberg"),
                SqlStatement.run("INSERT INTO glue_catalog.kept.in_iceberg SELECT 4", "iceberg insert"),
                SqlStatement.run("CREATE VIEW kept.a_view AS SELECT * FROM kept.in_parquet WHERE year = '2016'", "view"))));
        System.out.println(result.succeeded() ? "written" : "failed: " + result.failure().orElseThrow());
    }

    private static void read(LocalSparkEngine engine) {
        for (String name : RELATIONS) {
            Relation relation = engine.catalog().getRelation("kept", "kept", name).orElseThrow();
            String table = "in_iceberg".equals(name) ? "glue_catalog.kept." + name : "kept." + name;
            Object count = engine.catalog().runQuery("SELECT count(*) FROM " + table).get(0).get(0);
            System.out.println(name + " " + relation.getType() + " " + engine.catalog().tableFormat(relation).orElse("-") + " " + count);
        }
        System.out.println("partitions " + engine.catalog().runQuery("SHOW PARTITIONS kept.in_parquet").size());
    }
}
