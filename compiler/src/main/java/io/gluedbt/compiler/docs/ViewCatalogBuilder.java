package io.gluedbt.compiler.docs;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.catalog.CatalogView;
import io.gluedbt.compiler.catalog.Column;
import io.gluedbt.compiler.catalog.Relation;
import io.gluedbt.compiler.catalog.RelationDetails;
import io.gluedbt.compiler.catalog.RelationType;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@link CatalogBuilder} over any engine's catalog view. */
final class ViewCatalogBuilder implements CatalogBuilder {
    private static final Set<ResourceType> OWNED = Set.of(ResourceType.MODEL, ResourceType.SEED, ResourceType.SNAPSHOT);

    @Override
    public CatalogArtifact build(Manifest manifest, CatalogView view, CatalogMetadata metadata) {
        requireNonNull(manifest, "manifest is null");
        requireNonNull(view, "view is null");
        requireNonNull(metadata, "metadata is null");
        SortedMap<String, CatalogTable> nodes = new TreeMap<>();
        SortedMap<String, CatalogTable> sources = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Node node : manifest.nodes().values()) {
            if (OWNED.contains(node.resourceType()) && node.isEnabled() && !node.isEphemeral()) {
                String identifier = node.alias() != null ? node.alias() : node.name();
                read(view, node.uniqueId(), node.database(), node.schema(), identifier, errors).ifPresent(table -> nodes.put(node.uniqueId(), table));
            }
        }
        for (SourceTable source : manifest.sources().values()) {
            if (source.isEnabled()) {
                String identifier = source.identifier() != null ? source.identifier() : source.name();
                read(view, source.uniqueId(), source.database(), source.schema(), identifier, errors)
                        .ifPresent(table -> sources.put(source.uniqueId(), table));
            }
        }
        return new CatalogArtifact(metadata, nodes, sources, errors);
    }

    private static Optional<CatalogTable> read(CatalogView view, String uniqueId, String database, String schema, String identifier,
            List<String> errors) {
        if (schema == null && database == null) {
            return Optional.empty();
        }
        try {
            Optional<Relation> found = view.getRelation(database, schema, identifier);
            return found.map(relation -> table(view, uniqueId, relation));
        } catch (RuntimeException exception) {
            errors.add(uniqueId + ": cannot read " + (schema != null ? schema : database) + "." + identifier + ": " + exception.getMessage());
            return Optional.empty();
        }
    }

    private static CatalogTable table(CatalogView view, String uniqueId, Relation relation) {
        RelationDetails details = view.relationDetails(relation);
        List<CatalogColumn> columns = new ArrayList<>();
        for (Column column : view.getColumns(relation)) {
            columns.add(new CatalogColumn(column.getName(), column.getDataType(), columns.size() + 1,
                    details.columnComment(column.getName()).orElse(null)));
        }
        boolean isView = relation.relationType() == RelationType.VIEW;
        Optional<String> format = isView ? Optional.empty() : view.tableFormat(relation);
        List<String> partitions = isView ? List.of() : view.partitionColumns(relation);
        String type = relation.getType() != null ? relation.getType() : RelationType.TABLE.dbtName();
        return new CatalogTable(uniqueId, type, relation.getDatabase(), relation.getSchema(), relation.getIdentifier(),
                details.comment(), details.owner(), columns, stats(details, format, partitions));
    }

    /** dbt-spark's statistics ({@code has_stats}, {@code bytes}, {@code rows}) plus the table's format and partitioning. */
    private static List<CatalogStat> stats(RelationDetails details, Optional<String> format, List<String> partitions) {
        List<CatalogStat> stats = new ArrayList<>();
        boolean hasStats = details.byteCount().isPresent() || details.rowCount().isPresent();
        stats.add(new CatalogStat("has_stats", "Has Stats?", hasStats, false, "Indicates whether there are statistics for this table"));
        details.byteCount().ifPresent(bytes ->
                stats.add(new CatalogStat("bytes", "Approximate Size", bytes, true, "Approximate size of the table as reported by the catalog")));
        details.rowCount().ifPresent(rows ->
                stats.add(new CatalogStat("rows", "Approximate Row Count", rows, true, "Approximate number of rows as reported by the catalog")));
        format.ifPresent(value -> stats.add(new CatalogStat("format", "Format", value, true, "The table's storage format")));
        if (!partitions.isEmpty()) {
            stats.add(new CatalogStat("partitioned_by", "Partitioned By", String.join(", ", partitions), true, "The table's partition columns"));
        }
        return stats;
    }
}
