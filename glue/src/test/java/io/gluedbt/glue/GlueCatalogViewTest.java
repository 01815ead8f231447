package io.gluedbt.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.engine.NodeResult;
import io.gluedbt.compiler.engine.NodeStatements;
import io.gluedbt.compiler.engine.StatementFailure;
import io.gluedbt.compiler.engine.StatementOutcome;
import io.gluedbt.compiler.error.GluedbtException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GlueCatalogViewTest extends FakeGlueTest {
    private final List<NodeStatements> ran = new ArrayList<>();
    private Function<NodeStatements, NodeResult> statements;
    private GlueCatalogView catalog;

    @BeforeEach
    void start() {
        statements = node -> new NodeResult(node.nodeId(), List.of(), Optional.empty(), 0);
        AwsCalls calls = new AwsCalls(new PollingPolicy(Duration.ZERO, 1, Duration.ZERO, Duration.ZERO, 2), AwsCalls.Sleeper.system());
        catalog = new GlueCatalogView(clients.glue(), calls, node -> {
            ran.add(node);
            return statements.apply(node);
        });
        glue.tables.put("silver.trips_delta", """
                {"Name":"trips_delta","DatabaseName":"silver","TableType":"EXTERNAL_TABLE",
                 "Parameters":{"spark.sql.sources.provider":"delta","spark.sql.sources.schema.numParts":"2",
                   "spark.sql.sources.schema.part.0":"{\\"type\\":\\"struct\\",\\"fields\\":[{\\"name\\":\\"id\\",\\"type\\":\\"long\\",\\"nullable\\":true,\\"metadata\\":{}},",
                   "spark.sql.sources.schema.part.1":"{\\"name\\":\\"tags\\",\\"type\\":{\\"type\\":\\"array\\",\\"elementType\\":\\"string\\",\\"containsNull\\":true},\\"nullable\\":true,\\"metadata\\":{}},{\\"name\\":\\"day\\",\\"type\\":\\"date\\",\\"nullable\\":true,\\"metadata\\":{}}]}",
                   "spark.sql.sources.schema.numPartCols":"1","spark.sql.sources.schema.partCol.0":"day"},
                 "StorageDescriptor":{"Columns":[{"Name":"col","Type":"array<string>"}]}}""");
        glue.tables.put("silver.trips_iceberg", """
                {"Name":"trips_iceberg","DatabaseName":"silver","TableType":"EXTERNAL_TABLE","Parameters":{"table_type":"ICEBERG"},
                 "StorageDescriptor":{"Columns":[{"Name":"id","Type":"bigint"},{"Name":"fare","Type":"double"}]}}""");
        glue.tables.put("silver.trips_hudi", """
                {"Name":"trips_hudi","DatabaseName":"silver","TableType":"EXTERNAL_TABLE","Parameters":{},
                 "StorageDescriptor":{"InputFormat":"org.apache.hudi.hadoop.HoodieParquetInputFormat",
                   "Columns":[{"Name":"_hoodie_commit_time","Type":"string"},{"Name":"id","Type":"bigint"}]},
                 "PartitionKeys":[{"Name":"vendor","Type":"string"}]}""");
        glue.tables.put("silver.trips_parquet", """
                {"Name":"trips_parquet","DatabaseName":"silver","TableType":"EXTERNAL_TABLE","Parameters":{},
                 "StorageDescriptor":{"SerdeInfo":{"SerializationLibrary":"org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"},
                   "Columns":[{"Name":"id","Type":"bigint"}]}}""");
        glue.tables.put("gold.v", """
                {"Name":"v","DatabaseName":"gold","TableType":"VIRTUAL_VIEW","Parameters":{}}""");
    }

    @Test
    void relationsAndTheirTypes() {
        assertThat(catalog.getRelation("silver", "silver", "trips_delta")).contains(new Relation("silver", "silver", "trips_delta", RelationType.TABLE));
        assertThat(catalog.getRelation("gold", "gold", "v").orElseThrow().relationType()).isEqualTo(RelationType.VIEW);
        assertThat(catalog.getRelation("gold", "gold", "missing")).isEmpty();
    }

    @Test
    void formatsColumnsAndPartitions() {
        Relation delta = Relation.table("silver", "trips_delta");
        assertThat(catalog.tableFormat(delta)).contains("delta");
        assertThat(catalog.getColumns(delta)).extracting(Column::getName, Column::getDataType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "bigint"), org.assertj.core.groups.Tuple.tuple("tags", "array<string>"),
                        org.assertj.core.groups.Tuple.tuple("day", "date"));
        assertThat(catalog.partitionColumns(delta)).containsExactly("day");
        assertThat(catalog.tableFormat(Relation.table("silver", "trips_iceberg"))).contains("iceberg");
        assertThat(catalog.getColumns(Relation.table("silver", "trips_iceberg"))).extracting(Column::getName).containsExactly("id", "fare");
        Relation hudi = Relation.table("silver", "trips_hudi");
        assertThat(catalog.tableFormat(hudi)).contains("hudi");
        assertThat(catalog.getColumns(hudi)).extracting(Column::getName).containsExactly("id", "vendor");
        assertThat(catalog.partitionColumns(hudi)).containsExactly("vendor");
        assertThat(catalog.tableFormat(Relation.table("silver", "trips_parquet"))).contains("parquet");
        assertThat(catalog.tableFormat(Relation.table("gold", "v"))).isEmpty();
        assertThat(catalog.getColumns(Relation.table("gold", "missing"))).isEmpty();
    }

    @Test
    void lookupsAreCachedUntilInvalidated() {
        catalog.getRelation("silver", "silver", "trips_delta");
        catalog.getColumns(Relation.table("silver", "trips_delta"));
        catalog.tableFormat(Relation.table("silver", "trips_delta"));
        assertThat(glue.calls("GetTable")).hasSize(1);
        catalog.invalidate();
        catalog.getRelation("silver", "silver", "trips_delta");
        assertThat(glue.calls("GetTable")).hasSize(2);
    }

    @Test
    void aDatabaseAskedAboutOftenIsListedOnceUntilInvalidated() {
        for (String name : List.of("trips_delta", "trips_iceberg", "trips_hudi", "trips_parquet", "missing_one", "missing_two")) {
            catalog.getRelation("silver", "silver", name);
        }

        assertThat(glue.calls("GetTable")).as("the first lookups, one call each").hasSize(GlueCatalogView.LISTING_AFTER - 1);
        assertThat(glue.calls("GetTables")).hasSize(1);
        assertThat(catalog.getRelation("silver", "silver", "trips_parquet")).isPresent();
        assertThat(catalog.getRelation("silver", "silver", "missing_two")).isEmpty();
        assertThat(glue.calls("GetTable")).hasSize(GlueCatalogView.LISTING_AFTER - 1);

        catalog.invalidate(); // a node wrote: back to one GetTable per relation
        for (String name : List.of("trips_delta", "trips_iceberg", "trips_hudi", "trips_parquet", "missing_one")) {
            catalog.getRelation("silver", "silver", name);
        }
        assertThat(glue.calls("GetTables")).hasSize(1);
        assertThat(glue.calls("GetTable")).hasSize(GlueCatalogView.LISTING_AFTER - 1 + 5);
    }

    @Test
    void queriesRunAsStatements() {
        statements = node -> new NodeResult(node.nodeId(), List.of(new StatementOutcome(-1, List.of("col_name", "data_type", "comment"),
                List.of(List.of("id", "bigint", ""), List.of("fare", "double", "")))), Optional.empty(), 0);
        assertThat(catalog.describeQuery("select id, fare from t")).extracting(Column::getName, Column::getDataType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "bigint"), org.assertj.core.groups.Tuple.tuple("fare", "double"));
        assertThat(ran.get(0).statements().get(0).sql()).isEqualTo("describe query select id, fare from t");
        assertThat(catalog.runQuery("select 1").getColumn_names()).containsExactly("col_name", "data_type", "comment");
        statements = node -> new NodeResult(node.nodeId(), List.of(), Optional.of(new StatementFailure(0, "TABLE_OR_VIEW_NOT_FOUND", "no t")), 0);
        assertThatThrownBy(() -> catalog.runQuery("select * from t"))
                .isInstanceOf(GluedbtException.class).hasMessage("run_query failed: [TABLE_OR_VIEW_NOT_FOUND] no t");
    }
}
