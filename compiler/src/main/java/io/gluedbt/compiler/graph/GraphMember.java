package io.gluedbt.compiler.graph;

import io.gluedbt.compiler.model.Exposure;
import io.gluedbt.compiler.model.Manifest;
import io.gluedbt.compiler.model.Node;
import io.gluedbt.compiler.model.ResourceType;
import io.gluedbt.compiler.model.SourceTable;
import java.util.List;
import java.util.Map;

/** The attributes selection methods read, for a node, a source or an exposure alike. */
record GraphMember(
        String uniqueId,
        ResourceType resourceType,
        String packageName,
        String name,
        String originalFilePath,
        String patchPath,
        List<String> fqn,
        List<String> flatFqn,
        List<String> tags,
        Map<String, Object> config,
        boolean enabled,
        Node node,
        SourceTable source,
        Exposure exposure) {

    static GraphMember of(Manifest manifest, String uniqueId) {
        Node node = manifest.nodes().get(uniqueId);
        if (node != null) {
            return new GraphMember(uniqueId, node.resourceType(), node.packageName(), node.name(), node.originalFilePath(),
                    node.patchPath(), node.fqn(), QualifiedName.flatten(node.fqn()), node.tags(), node.config(), node.isEnabled(), node, null, null);
        }
        SourceTable source = manifest.sources().get(uniqueId);
        if (source != null) {
            return new GraphMember(uniqueId, ResourceType.SOURCE, source.packageName(), source.name(),
                    nullToEmpty(source.originalFilePath()), null, source.fqn(), QualifiedName.flatten(source.fqn()), source.tags(), source.config(),
                    source.isEnabled(), null, source, null);
        }
        Exposure exposure = manifest.exposures().get(uniqueId);
        return new GraphMember(uniqueId, ResourceType.EXPOSURE, nullToEmpty(exposure.packageName()), exposure.name(),
                nullToEmpty(exposure.originalFilePath()), null, exposure.fqn(), QualifiedName.flatten(exposure.fqn()),
                exposure.tags(), exposure.config(),
                !Boolean.FALSE.equals(exposure.config().get("enabled")), null, null, exposure);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    boolean isTest() {
        return resourceType == ResourceType.TEST;
    }

    boolean isGenericTest() {
        return isTest() && node.testMetadata() != null;
    }

    boolean isVersioned() {
        return node != null && node.version() != null;
    }
}
