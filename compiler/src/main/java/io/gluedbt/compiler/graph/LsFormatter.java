package io.gluedbt.compiler.graph;

import io.gluedbt.compiler.error.ErrorCode;
import io.gluedbt.compiler.error.GluedbtException;
import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceTable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The lines {@code dbt ls} prints for selected ids, in each {@link LsOutput} form. */
public final class LsFormatter {
    /** What {@code dbt ls} lists without {@code --resource-type}: analyses only with {@code --resource-type all/analysis}. */
    public static final Set<ResourceType> DEFAULT_RESOURCE_TYPES = Set.copyOf(EnumSet.of(ResourceType.MODEL,
            ResourceType.SNAPSHOT, ResourceType.SEED, ResourceType.TEST, ResourceType.SOURCE, ResourceType.EXPOSURE));
    /** {@code --resource-type all}. */
    public static final Set<ResourceType> ALL_RESOURCE_TYPES = Set.copyOf(EnumSet.of(ResourceType.MODEL,
            ResourceType.SNAPSHOT, ResourceType.SEED, ResourceType.TEST, ResourceType.SOURCE, ResourceType.EXPOSURE,
            ResourceType.ANALYSIS));

    private LsFormatter() {}

    /** The ls output for {@code selectedIds} (sorted by unique id, as dbt's ls iterates them), keeping only {@code resourceTypes}. */
    public static List<String> lines(Manifest manifest, Collection<String> selectedIds, Set<ResourceType> resourceTypes,
            LsOutput output) {
        return selectedIds.stream().sorted()
                .filter(id -> resourceTypes.contains(resourceType(manifest, id)))
                .map(id -> line(manifest, id, output))
                .toList();
    }

    public static String line(Manifest manifest, String uniqueId, LsOutput output) {
        return switch (output) {
            case SELECTOR -> selectorLine(manifest, uniqueId);
            case NAME -> nameLine(manifest, uniqueId);
            case PATH -> pathLine(manifest, uniqueId);
            case JSON -> jsonLine(manifest, uniqueId);
        };
    }

    /** {@code pkg.folder.name} (the fqn) for nodes, {@code source:pkg.source.table}, {@code exposure:pkg.name}. */
    public static String selectorLine(Manifest manifest, String uniqueId) {
        Node node = manifest.nodes().get(uniqueId);
        if (node != null) {
            return String.join(".", node.fqn());
        }
        SourceTable source = manifest.sources().get(uniqueId);
        if (source != null) {
            return "source:" + source.packageName() + "." + source.sourceName() + "." + source.name();
        }
        Exposure exposure = exposure(manifest, uniqueId);
        return "exposure:" + exposure.packageName() + "." + exposure.name();
    }

    /** dbt's search name: the node name ({@code name.v2} when versioned), {@code source.table}, the exposure name. */
    public static String nameLine(Manifest manifest, String uniqueId) {
        Node node = manifest.nodes().get(uniqueId);
        if (node != null) {
            return node.version() == null ? node.name() : node.name() + ".v" + node.version();
        }
        SourceTable source = manifest.sources().get(uniqueId);
        if (source != null) {
            return source.sourceName() + "." + source.name();
        }
        return exposure(manifest, uniqueId).name();
    }

    public static String pathLine(Manifest manifest, String uniqueId) {
        Node node = manifest.nodes().get(uniqueId);
        if (node != null) {
            return node.originalFilePath();
        }
        SourceTable source = manifest.sources().get(uniqueId);
        if (source != null) {
            return source.originalFilePath();
        }
        return exposure(manifest, uniqueId).originalFilePath();
    }

    /** dbt's default JSON keys, in manifest field order, with Python's separators. */
    public static String jsonLine(Manifest manifest, String uniqueId) {
        Map<String, Object> json = new LinkedHashMap<>();
        Node node = manifest.nodes().get(uniqueId);
        SourceTable source = manifest.sources().get(uniqueId);
        if (node != null) {
            common(json, node.name(), node.resourceType(), node.packageName(), node.originalFilePath(), uniqueId);
            json.put("alias", node.alias());
            json.put("config", node.config());
            json.put("tags", node.tags());
            json.put("depends_on", dependsOn(node.dependsOnMacros(), node.dependsOnNodes()));
        } else if (source != null) {
            common(json, source.name(), ResourceType.SOURCE, source.packageName(), source.originalFilePath(), uniqueId);
            json.put("source_name", source.sourceName());
            json.put("tags", source.tags());
            json.put("config", source.config());
        } else {
            Exposure exposure = exposure(manifest, uniqueId);
            common(json, exposure.name(), ResourceType.EXPOSURE, exposure.packageName(), exposure.originalFilePath(),
                    uniqueId);
            json.put("tags", exposure.tags());
            json.put("config", exposure.config());
            json.put("depends_on", dependsOn(List.of(), exposure.dependsOnNodes()));
        }
        return io.gluedbt.compiler.jinja.builtins.JsonText.dumps(json);
    }

    private static void common(Map<String, Object> json, String name, ResourceType type, String packageName,
            String originalFilePath, String uniqueId) {
        json.put("name", name);
        json.put("resource_type", type.dbtName());
        json.put("package_name", packageName);
        json.put("original_file_path", originalFilePath);
        json.put("unique_id", uniqueId);
    }

    private static Map<String, Object> dependsOn(List<String> macros, List<String> nodes) {
        Map<String, Object> dependsOn = new LinkedHashMap<>();
        dependsOn.put("macros", macros);
        dependsOn.put("nodes", nodes);
        return dependsOn;
    }

    private static ResourceType resourceType(Manifest manifest, String uniqueId) {
        Node node = manifest.nodes().get(uniqueId);
        if (node != null) {
            return node.resourceType();
        }
        if (manifest.sources().containsKey(uniqueId)) {
            return ResourceType.SOURCE;
        }
        exposure(manifest, uniqueId);
        return ResourceType.EXPOSURE;
    }

    private static Exposure exposure(Manifest manifest, String uniqueId) {
        Exposure exposure = manifest.exposures().get(uniqueId);
        if (exposure == null) {
            throw new GluedbtException(ErrorCode.INTERNAL, "'" + uniqueId + "' is not in the manifest");
        }
        return exposure;
    }
}
