package io.gluedbt.compiler.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/** An exposure from schema.yml ({@code exposure.<package>.<name>}). */
public record Exposure(
        String uniqueId,
        String packageName,
        String name,
        String path,
        String originalFilePath,
        List<String> fqn,
        String type,
        String label,
        String maturity,
        String url,
        String description,
        Map<String, Object> owner,
        List<RefCall> refs,
        List<SourceCall> sources,
        List<String> dependsOnNodes,
        Map<String, Object> meta,
        List<String> tags,
        Map<String, Object> config) {

    public Exposure {
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        fqn = List.copyOf(fqn);
        description = description == null ? "" : description;
        owner = OrderedMaps.copy(owner);
        refs = refs == null ? List.of() : List.copyOf(refs);
        sources = sources == null ? List.of() : List.copyOf(sources);
        dependsOnNodes = dependsOnNodes == null ? List.of() : List.copyOf(dependsOnNodes);
        meta = OrderedMaps.copy(meta);
        tags = tags == null ? List.of() : List.copyOf(tags);
        config = OrderedMaps.copy(config);
    }
}
