package io.gluedbt.compiler.graph;

import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceTable;
import io.gluedbt.compiler.model.TestMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small manifests built in code, shaped as the parser shapes them. */
final class ManifestFixture {
    static final String PROJECT = "dbt_glue_demo";

    private final String project;
    private final TreeMap<String, Node> nodes = new TreeMap<>();
    private final TreeMap<String, SourceTable> sources = new TreeMap<>();
    private final TreeMap<String, Exposure> exposures = new TreeMap<>();

    private ManifestFixture(String project) {
        this.project = project;
    }

    static ManifestFixture project() {
        return new ManifestFixture(PROJECT);
    }

    static ManifestFixture project(String name) {
        return new ManifestFixture(name);
    }

    /**
     * The blog's NYC taxi project: source data_source.records -> silver_avg_metrics -> gold_cost_metrics and
     * gold_passengers_metrics, plus a not_null test on silver_avg_metrics.year from models/silver/schema.yml.
     */
    static Manifest nycTaxi() {
        return project()
                .source("data_source", "records", "models/source_tables.yml")
                .model("silver/silver_avg_metrics", config("materialized", "table", "tags", List.of("nightly")),
                        "source.dbt_glue_demo.data_source.records")
                .model("gold/gold_cost_metrics", config("materialized", "table", "file_format", "iceberg"),
                        "model.dbt_glue_demo.silver_avg_metrics")
                .model("gold/gold_passengers_metrics", config("materialized", "incremental", "file_format", "iceberg"),
                        "model.dbt_glue_demo.silver_avg_metrics")
                .genericTest("not_null_silver_avg_metrics_year", "not_null", "models/silver/schema.yml",
                        "model.dbt_glue_demo.silver_avg_metrics")
                .build();
    }

    /** An insertion-ordered config map: key, value, key, value, ... */
    static Map<String, Object> config(Object... keysAndValues) {
        Map<String, Object> config = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            config.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return config;
    }

    static String model(String name) {
        return "model." + PROJECT + "." + name;
    }

    static String test(String name) {
        return "test." + PROJECT + "." + name;
    }

    /** {@code folder/name} under models/, e.g. {@code silver/silver_avg_metrics}. */
    ManifestFixture model(String pathWithoutExtension, Map<String, Object> config, String... dependsOn) {
        return resource(ResourceType.MODEL, "models", pathWithoutExtension, ".sql", config, dependsOn);
    }

    ManifestFixture seed(String pathWithoutExtension) {
        return resource(ResourceType.SEED, "seeds", pathWithoutExtension, ".csv", Map.of("materialized", "seed"));
    }

    ManifestFixture snapshot(String pathWithoutExtension, String... dependsOn) {
        return resource(ResourceType.SNAPSHOT, "snapshots", pathWithoutExtension, ".sql",
                Map.of("materialized", "snapshot"), dependsOn);
    }

    ManifestFixture analysis(String pathWithoutExtension, String... dependsOn) {
        return resource(ResourceType.ANALYSIS, "analyses", pathWithoutExtension, ".sql", Map.of(), dependsOn);
    }

    ManifestFixture resource(ResourceType type, String root, String pathWithoutExtension, String extension,
            Map<String, Object> config, String... dependsOn) {
        String name = pathWithoutExtension.substring(pathWithoutExtension.lastIndexOf('/') + 1);
        List<String> fqn = new ArrayList<>();
        fqn.add(project);
        fqn.addAll(List.of(pathWithoutExtension.split("/")));
        String path = pathWithoutExtension + extension;
        return add(Node.builder(type.dbtName() + "." + project + "." + name, type)
                .packageName(project).name(name).path(path).originalFilePath(root + "/" + path).fqn(fqn)
                .config(config).dependsOnNodes(List.of(dependsOn)).build());
    }

    /** A generic test defined in {@code yamlPath} (its fqn is the yml folder under models/ plus the test name). */
    ManifestFixture genericTest(String name, String macro, String yamlPath, String... dependsOn) {
        return test(name, yamlPath, new TestMetadata(macro, null, Map.of()), Map.of("severity", "ERROR"), dependsOn);
    }

    ManifestFixture singularTest(String name, String... dependsOn) {
        return test(name, "tests/" + name + ".sql", null, Map.of("severity", "ERROR"), dependsOn);
    }

    ManifestFixture test(String name, String file, TestMetadata metadata, Map<String, Object> config, String... dependsOn) {
        List<String> fqn = new ArrayList<>();
        fqn.add(project);
        String[] folders = file.split("/");
        for (int index = 1; index < folders.length - 1; index++) {
            fqn.add(folders[index]);
        }
        fqn.add(name);
        String path = metadata == null ? name + ".sql" : file.substring(file.indexOf('/') + 1);
        return add(Node.builder("test." + project + "." + name, ResourceType.TEST)
                .packageName(project).name(name).path(path).originalFilePath(file).fqn(fqn)
                .config(config).testMetadata(metadata).dependsOnNodes(List.of(dependsOn))
                .attachedNode(metadata == null || dependsOn.length == 0 ? null : dependsOn[0]).build());
    }

    ManifestFixture source(String sourceName, String table, String yamlPath) {
        String id = "source." + project + "." + sourceName + "." + table;
        sources.put(id, new SourceTable(id, project, sourceName, table, yamlPath, yamlPath,
                List.of(project, sourceName, table), null, sourceName, table, null, null, null, null, null, null,
                null, Map.of(), null, null, List.of()));
        return this;
    }

    ManifestFixture exposure(String name, String... dependsOn) {
        String id = "exposure." + project + "." + name;
        exposures.put(id, new Exposure(id, project, name, "models/exposures.yml", "models/exposures.yml",
                List.of(project, name), "dashboard", null, null, null, null, Map.of("name", "team"), null, null,
                List.of(dependsOn), null, List.of("bi"), Map.of()));
        return this;
    }

    ManifestFixture add(Node node) {
        nodes.put(node.uniqueId(), node);
        return this;
    }

    Manifest build() {
        return new Manifest(project, "glue", nodes, sources, new TreeMap<>(), new TreeMap<>(), exposures, new TreeMap<>(),
                Map.of());
    }
}
