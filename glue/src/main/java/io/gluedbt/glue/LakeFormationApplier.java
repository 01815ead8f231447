package io.gluedbt.glue;

import static java.util.Objects.requireNonNull;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.BatchPermissionsRequestEntry;
import software.amazon.awssdk.services.lakeformation.model.ColumnLFTag;
import software.amazon.awssdk.services.lakeformation.model.DataCellsFilter;
import software.amazon.awssdk.services.lakeformation.model.GetResourceLfTagsResponse;
import software.amazon.awssdk.services.lakeformation.model.LFTagError;
import software.amazon.awssdk.services.lakeformation.model.LFTagPair;
import software.amazon.awssdk.services.lakeformation.model.Permission;
import software.amazon.awssdk.services.lakeformation.model.Resource;

/**
 * Applies a model's Lake Formation config after the model is built, as dbt-glue does: LF-tags on the database,
 * table and columns ({@code drop_existing} removes tags no longer configured), then data cell filters (created,
 * updated, dropped when {@code drop_existing}) and their SELECT grants kept equal to the configured principals.
 */
public final class LakeFormationApplier {
    private final LakeFormationClient lakeFormation;
    private final Optional<String> catalogId;

    LakeFormationApplier(LakeFormationClient lakeFormation, Optional<String> catalogId) {
        this.lakeFormation = requireNonNull(lakeFormation, "lakeFormation is null");
        this.catalogId = requireNonNull(catalogId, "catalogId is null");
    }

    /** Applies {@code lf_tags_config} and {@code lf_grants} of the node to {@code schema.table}; does nothing without them. */
    public void apply(Node node, String schema, String table) {
        requireNonNull(node, "node is null");
        LakeFormationConfig config = LakeFormationConfig.from(node.name(), node.config());
        String where = "model '" + node.name() + "' (" + schema + "." + table + ")";
        config.tags().ifPresent(tags -> call(where, () -> {
            applyTags(tags, schema, table);
            return null;
        }));
        config.filters().ifPresent(filters -> call(where, () -> {
            applyFilters(filters, schema, table);
            return null;
        }));
    }

    private void applyTags(LakeFormationConfig.Tags tags, String schema, String table) {
        if (!tags.database().isEmpty()) {
            Resource database = Resource.builder().database(resource -> resource.catalogId(catalogId.orElse(null)).name(schema)).build();
            GetResourceLfTagsResponse existing = lakeFormation.getResourceLFTags(request -> request.resource(database));
            if (tags.dropExisting()) {
                remove(database, stale(existing.lfTagOnDatabase(), tags.database()), schema);
            }
            add(database, pairs(tags.database()), schema);
        }
        Resource tableResource = Resource.builder().table(resource -> resource.catalogId(catalogId.orElse(null)).databaseName(schema).name(table)).build();
        GetResourceLfTagsResponse existing = lakeFormation.getResourceLFTags(request -> request.resource(tableResource));
        String name = schema + "." + table;
        if (tags.dropExisting()) {
            Map<String, Map<String, List<String>>> onColumns = new LinkedHashMap<>();
            for (ColumnLFTag column : existing.lfTagsOnColumns()) {
                for (LFTagPair tag : column.lfTags()) {
                    onColumns.computeIfAbsent(tag.tagKey(), key -> new LinkedHashMap<>())
                            .computeIfAbsent(tag.tagValues().get(0), value -> new ArrayList<>()).add(column.name());
                }
            }
            onColumns.forEach((key, byValue) -> byValue.forEach((value, columns) ->
                    remove(columnsResource(schema, table, columns), List.of(pair(key, List.of(value))), name + " columns " + columns)));
            remove(tableResource, stale(existing.lfTagsOnTable(), tags.table()), name);
        }
        add(tableResource, pairs(tags.table()), name);
        tags.columns().forEach((key, byValue) -> byValue.forEach((value, columns) ->
                add(columnsResource(schema, table, columns), List.of(pair(key, List.of(value))), name + " columns " + columns)));
    }

    private void applyFilters(LakeFormationConfig.Filters config, String schema, String table) {
        String tableCatalog = catalogId.orElseThrow(() -> new GluedbtException(ErrorCode.LAKE_FORMATION_FAILED,
                "data cell filters need the account id: role_arn must be arn:aws:iam::<12-digit account>:role/..."));
        Map<String, DataCellsFilter> current = new LinkedHashMap<>();
        lakeFormation.listDataCellsFilterPaginator(request -> request.table(resource -> resource.catalogId(tableCatalog).databaseName(schema).name(table)))
                .dataCellsFilters().forEach(filter -> current.put(filter.name(), filter));
        if (config.dropExisting()) {
            current.values().stream().filter(filter -> !config.filters().containsKey(filter.name())).forEach(filter ->
                    lakeFormation.deleteDataCellsFilter(request -> request.tableCatalogId(filter.tableCatalogId())
                            .databaseName(filter.databaseName()).tableName(filter.tableName()).name(filter.name())));
        }
        config.filters().forEach((name, filter) -> {
            DataCellsFilter wanted = filterData(tableCatalog, schema, table, name, filter);
            DataCellsFilter existing = current.get(name);
            if (existing == null) {
                lakeFormation.createDataCellsFilter(request -> request.tableData(wanted));
            } else if (changed(filter, existing)) {
                lakeFormation.updateDataCellsFilter(request -> request.tableData(wanted));
            }
            Resource resource = Resource.builder().dataCellsFilter(cells -> cells.tableCatalogId(tableCatalog).databaseName(schema)
                    .tableName(table).name(name)).build();
            Set<String> granted = new LinkedHashSet<>();
            lakeFormation.listPermissionsPaginator(request -> request.resource(resource)).forEach(page -> page.principalResourcePermissions()
                    .forEach(permission -> granted.add(permission.principal().dataLakePrincipalIdentifier())));
            List<String> revoke = granted.stream().filter(principal -> !filter.principals().contains(principal)).toList();
            List<String> grant = filter.principals().stream().distinct().filter(principal -> !granted.contains(principal)).toList();
            if (!revoke.isEmpty()) {
                lakeFormation.batchRevokePermissions(request -> request.catalogId(tableCatalog).entries(entries(resource, revoke)));
            }
            if (!grant.isEmpty()) {
                var response = lakeFormation.batchGrantPermissions(request -> request.catalogId(tableCatalog).entries(entries(resource, grant)));
                if (response.hasFailures() && !response.failures().isEmpty()) {
                    throw new GluedbtException(ErrorCode.LAKE_FORMATION_FAILED, "granting SELECT on data cell filter " + name + " failed: "
                            + response.failures().get(0).error().errorMessage());
                }
            }
        });
    }

    static DataCellsFilter filterData(String catalog, String schema, String table, String name, LakeFormationConfig.Filter filter) {
        DataCellsFilter.Builder data = DataCellsFilter.builder().tableCatalogId(catalog).databaseName(schema).tableName(table).name(name)
                .rowFilter(row -> row.filterExpression(filter.rowFilter()));
        if (!filter.columnNames().isEmpty()) {
            data.columnNames(filter.columnNames());
        } else {
            data.columnWildcard(wildcard -> wildcard.excludedColumnNames(filter.excludedColumnNames()));
        }
        return data.build();
    }

    private static boolean changed(LakeFormationConfig.Filter filter, DataCellsFilter existing) {
        String expression = existing.rowFilter() == null ? null : existing.rowFilter().filterExpression();
        List<String> excluded = existing.columnWildcard() == null ? List.of() : existing.columnWildcard().excludedColumnNames();
        return !filter.rowFilter().equals(expression) || !new HashSet<>(filter.columnNames()).equals(new HashSet<>(existing.columnNames()))
                || !new HashSet<>(filter.excludedColumnNames()).equals(new HashSet<>(excluded));
    }

    private static List<BatchPermissionsRequestEntry> entries(Resource resource, List<String> principals) {
        List<BatchPermissionsRequestEntry> entries = new ArrayList<>();
        for (int index = 0; index < principals.size(); index++) {
            String principal = principals.get(index);
            entries.add(BatchPermissionsRequestEntry.builder().id(String.valueOf(index)).principal(p -> p.dataLakePrincipalIdentifier(principal))
                    .resource(resource).permissions(Permission.SELECT).permissionsWithGrantOption(List.of()).build());
        }
        return entries;
    }

    private Resource columnsResource(String schema, String table, List<String> columns) {
        return Resource.builder().tableWithColumns(resource -> resource.catalogId(catalogId.orElse(null)).databaseName(schema).name(table)
                .columnNames(columns)).build();
    }

    private static List<LFTagPair> stale(List<LFTagPair> existing, Map<String, String> wanted) {
        return existing.stream().filter(tag -> !wanted.containsKey(tag.tagKey())).map(tag -> pair(tag.tagKey(), tag.tagValues())).toList();
    }

    private static List<LFTagPair> pairs(Map<String, String> tags) {
        return tags.entrySet().stream().map(entry -> pair(entry.getKey(), List.of(entry.getValue()))).toList();
    }

    private static LFTagPair pair(String key, List<String> values) {
        return LFTagPair.builder().tagKey(key).tagValues(values).build();
    }

    private void add(Resource resource, List<LFTagPair> tags, String where) {
        if (!tags.isEmpty()) {
            failures("add LF-tags to " + where, lakeFormation.addLFTagsToResource(request -> request.resource(resource).lfTags(tags)).failures());
        }
    }

    private void remove(Resource resource, List<LFTagPair> tags, String where) {
        if (!tags.isEmpty()) {
            failures("remove LF-tags from " + where, lakeFormation.removeLFTagsFromResource(request -> request.resource(resource).lfTags(tags)).failures());
        }
    }

    private static void failures(String action, List<LFTagError> failures) {
        if (!failures.isEmpty()) {
            LFTagError first = failures.get(0);
            throw new GluedbtException(ErrorCode.LAKE_FORMATION_FAILED, "could not " + action + ": " + first.lfTag().tagKey() + ": "
                    + first.error().errorMessage());
        }
    }

    private static <T> T call(String where, Supplier<T> action) {
        try {
            return action.get();
        } catch (AwsServiceException exception) {
            throw new GluedbtException(ErrorCode.LAKE_FORMATION_FAILED, where + ": Lake Formation " + AwsCalls.errorText(exception), exception);
        }
    }
}
